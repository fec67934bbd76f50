/** jiko's cause codes and MIC's three cause groups (設備要因・人為要因・外的要因). */

export const CAUSE_GROUPS = ['equipment', 'human', 'external', 'unknown'] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

export const CAUSES = [
  'hardware_failure',
  'software_bug',
  'capacity_overload',
  'config_change',
  'human_error',
  'other_operator',
  'natural_disaster',
  'third_party',
  'unknown',
] as const;
export type Cause = (typeof CAUSES)[number];

/** capacity_overload sits with equipment: MIC counts a lack of equipment capacity as 設備要因. */
export const CAUSE_GROUP: Record<Cause, CauseGroup> = {
  hardware_failure: 'equipment',
  software_bug: 'equipment',
  capacity_overload: 'equipment',
  config_change: 'human',
  human_error: 'human',
  other_operator: 'external',
  natural_disaster: 'external',
  third_party: 'external',
  unknown: 'unknown',
};

/**
 * One colour per cause, everywhere: blues for equipment, oranges for human, greens for external, grey for unknown.
 * Found by a search under a simulation (tests/unit/palette-cvd.test.ts: Machado et al. 2009, severity 1): every two
 * causes stay ≥ 8 ΔE*ab apart, and the three MIC groups ≥ 15, in normal vision, protan, deutan, tritan and grayscale.
 * Nine colours apart in grayscale need a wide range of lightness, hence the very dark and the very light members.
 */
export const CAUSE_COLOR: Record<Cause, string> = {
  hardware_failure: '#0d1789',
  software_bug: '#093a91',
  capacity_overload: '#4e9fe8',
  config_change: '#d85d00',
  human_error: '#a95401',
  other_operator: '#1a613e',
  natural_disaster: '#62e66a',
  third_party: '#67ffc7',
  unknown: '#adb3b9',
};

export const CAUSE_GROUP_COLOR: Record<CauseGroup, string> = {
  equipment: '#0d1789',
  human: '#d85d00',
  external: '#1a613e',
  unknown: '#adb3b9',
};

export function isCause(value: string): value is Cause {
  return (CAUSES as readonly string[]).includes(value);
}

export function causesInGroup(group: CauseGroup): Cause[] {
  return CAUSES.filter((c) => CAUSE_GROUP[c] === group);
}
