export const EVIDENCE_LEVELS = ['primary', 'secondary', 'weak'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
