import { describe, expect, it } from 'vitest';
import { DERIVED_FY_MAJOR, sampleTargets } from '../../scripts/lib/sample-model.ts';
import {
  SAMPLE_DERIVED_MAJOR_YEARS,
  SAMPLE_YEAR_BASIS,
  unpublishedSampleYears,
} from '../../src/domain/sample-years.ts';

describe("the UI's labels of the sample's years", () => {
  it('agree with how the generator sets each year', () => {
    expect(Object.fromEntries(sampleTargets().map((t) => [t.fiscalYear, t.basis]))).toEqual(SAMPLE_YEAR_BASIS);
    expect(Object.keys(DERIVED_FY_MAJOR).map(Number)).toEqual(SAMPLE_DERIVED_MAJOR_YEARS);
  });

  it('name the interpolated and carried-forward years of a period', () => {
    expect(unpublishedSampleYears(2010, 2024)).toEqual({
      interpolated: [2016, 2017, 2018, 2020, 2021],
      carried: [2023, 2024],
    });
    expect(unpublishedSampleYears(2019, 2019)).toEqual({ interpolated: [], carried: [] });
    expect(unpublishedSampleYears(2021, 2023)).toEqual({ interpolated: [2021], carried: [2023] });
  });
});
