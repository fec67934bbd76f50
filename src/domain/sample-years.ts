/**
 * How the synthetic sample sets each fiscal year's totals, for the UI to label (data/SAMPLE.md). The generator's
 * own targets live with the build code; tests/unit/sample-years.test.ts keeps the two in step.
 */
export type SampleYearBasis = 'published' | 'interpolated' | 'carried_forward';

export const SAMPLE_YEAR_BASIS: Readonly<Record<number, SampleYearBasis>> = {
  2010: 'published',
  2011: 'published',
  2012: 'published',
  2013: 'published',
  2014: 'published',
  2015: 'published',
  2016: 'interpolated',
  2017: 'interpolated',
  2018: 'interpolated',
  2019: 'published',
  2020: 'interpolated',
  2021: 'interpolated',
  2022: 'published',
  2023: 'carried_forward',
  2024: 'carried_forward',
};

/** Major counts the sample takes from a derived (not printed) figure: FY2018's 4. */
export const SAMPLE_DERIVED_MAJOR_YEARS: readonly number[] = [2018];

/** The sample's years within [from, to] that no published figure stands behind, by how they were set. */
export function unpublishedSampleYears(from: number, to: number): { interpolated: number[]; carried: number[] } {
  const years = Object.keys(SAMPLE_YEAR_BASIS)
    .map(Number)
    .filter((fy) => fy >= from && fy <= to);
  return {
    interpolated: years.filter((fy) => SAMPLE_YEAR_BASIS[fy] === 'interpolated'),
    carried: years.filter((fy) => SAMPLE_YEAR_BASIS[fy] === 'carried_forward'),
  };
}
