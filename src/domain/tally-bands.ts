/**
 * Bands of the quarterly tallies (`report_tallies`), named in MIC's wording (影響利用者数500人未満, 3万人以上,
 * 継続時間10時間以上 …). The edges are jiko's: MIC's papers publish a few of them (500人未満, 3万人以上,
 * 100万人以上, 10時間以上), never one fixed set, so a file's own band names must map onto these.
 */
export interface Band {
  code: string;
  ja: string;
  en: string;
  /** Inclusive lower and exclusive upper bound (users, or minutes). */
  lo: number;
  hi: number;
}

export const USERS_BANDS: readonly Band[] = [
  { code: 'lt500', ja: '500人未満', en: '< 500', lo: 0, hi: 500 },
  { code: '500-5000', ja: '500人以上5,000人未満', en: '500 – 4,999', lo: 500, hi: 5_000 },
  { code: '5000-30000', ja: '5,000人以上3万人未満', en: '5,000 – 29,999', lo: 5_000, hi: 30_000 },
  { code: '30000-100000', ja: '3万人以上10万人未満', en: '30,000 – 99,999', lo: 30_000, hi: 100_000 },
  { code: '100000-1000000', ja: '10万人以上100万人未満', en: '100,000 – 999,999', lo: 100_000, hi: 1_000_000 },
  { code: 'ge1000000', ja: '100万人以上', en: '≥ 1,000,000', lo: 1_000_000, hi: Infinity },
  // MIC's coarse split (500人未満 / 3万人以上): a file uses either these or the finer bands above.
  { code: '500-30000', ja: '500人以上3万人未満', en: '500 – 29,999', lo: 500, hi: 30_000 },
  { code: 'ge30000', ja: '3万人以上', en: '≥ 30,000', lo: 30_000, hi: Infinity },
];

export const DURATION_BANDS: readonly Band[] = [
  { code: 'lt2h', ja: '2時間未満', en: '< 2 h', lo: 0, hi: 120 },
  { code: '2h-5h', ja: '2時間以上5時間未満', en: '2 – 5 h', lo: 120, hi: 300 },
  { code: '5h-10h', ja: '5時間以上10時間未満', en: '5 – 10 h', lo: 300, hi: 600 },
  { code: '10h-24h', ja: '10時間以上24時間未満', en: '10 – 24 h', lo: 600, hi: 1440 },
  { code: 'ge24h', ja: '24時間以上', en: '≥ 24 h', lo: 1440, hi: Infinity },
  { code: 'lt10h', ja: '10時間未満', en: '< 10 h', lo: 0, hi: 600 },
  { code: 'ge10h', ja: '10時間以上', en: '≥ 10 h', lo: 600, hi: Infinity },
];

/** What a tally row counts by: `total` (no category), or one breakdown. */
export const TALLY_DIMENSIONS = [
  'total',
  'cause',
  'cause_group',
  'service_category',
  'operator_type',
  'operator',
  'duration_band',
  'users_band',
] as const;
export type TallyDimension = (typeof TALLY_DIMENSIONS)[number];

export function bandsOf(dimension: string): readonly Band[] | null {
  if (dimension === 'users_band') return USERS_BANDS;
  if (dimension === 'duration_band') return DURATION_BANDS;
  return null;
}
