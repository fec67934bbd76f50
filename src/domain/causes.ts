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
 * One colour per cause, everywhere: blues for equipment, oranges/reds for human, greens for external,
 * grey for unknown. Chosen to stay distinguishable for common colour-vision deficiencies within a group.
 */
export const CAUSE_COLOR: Record<Cause, string> = {
  hardware_failure: '#1f4e9c',
  software_bug: '#4f8fdb',
  capacity_overload: '#9ec5f0',
  config_change: '#d9480f',
  human_error: '#f59f00',
  other_operator: '#2b8a3e',
  natural_disaster: '#69db7c',
  third_party: '#0c8599',
  unknown: '#adb5bd',
};

export const CAUSE_GROUP_COLOR: Record<CauseGroup, string> = {
  equipment: '#1f4e9c',
  human: '#d9480f',
  external: '#2b8a3e',
  unknown: '#adb5bd',
};

export function isCause(value: string): value is Cause {
  return (CAUSES as readonly string[]).includes(value);
}

export function causesInGroup(group: CauseGroup): Cause[] {
  return CAUSES.filter((c) => CAUSE_GROUP[c] === group);
}
