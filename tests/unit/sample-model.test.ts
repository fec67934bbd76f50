import { beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_GROUP, CAUSES } from '../../src/domain/causes.ts';
import { fiscalQuarterOf, fiscalYearOf } from '../../src/domain/fiscal.ts';
import {
  NATIONWIDE,
  PREFECTURES,
  REGIONS,
  isRegionName,
  regionByCode,
  regionLabel,
} from '../../src/domain/prefectures.ts';
import {
  DEFAULT_SAMPLE_SEED,
  OPERATOR_TYPES,
  PUBLISHED_FY_TOTALS,
  SAMPLE_OPERATORS,
  createRng,
  generateSample,
  sampleTargets,
  type SampleRecord,
} from '../../scripts/lib/sample-model.ts';
import { SERVICE_CATEGORIES, isMajor, meetsQuarterlyReportCriterion } from '../../src/domain/thresholds.ts';

let rows: SampleRecord[];
beforeAll(() => {
  rows = generateSample({ seed: DEFAULT_SAMPLE_SEED });
});

const byYear = (records: SampleRecord[]) => {
  const m = new Map<number, { accidents: number; major: number }>();
  for (const r of records) {
    const y = m.get(r.fiscal_year) ?? { accidents: 0, major: 0 };
    y.accidents++;
    if (r.is_major) y.major++;
    m.set(r.fiscal_year, y);
  }
  return m;
};
const share = (pred: (r: SampleRecord) => boolean) => rows.filter(pred).length / rows.length;
/** Per-row checks without one expect() per row (100k rows): the ids of the rows that fail, at most 5. */
const failing = (records: SampleRecord[], ok: (r: SampleRecord) => boolean) =>
  records
    .filter((r) => !ok(r))
    .slice(0, 5)
    .map((r) => r.report_id);

const draw = (seed: number, stream: number) => Array.from({ length: 5 }, createRng(seed, stream));
const inQuarter = (r: SampleRecord) => {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/.test(r.occurred_at)) return false;
  const instant = new Date(`${r.occurred_at.replace(' ', 'T')}+09:00`);
  return fiscalYearOf(instant) === r.fiscal_year && fiscalQuarterOf(instant) === r.quarter;
};
const consistent = (r: SampleRecord) =>
  meetsQuarterlyReportCriterion(r.duration_min, r.affected_users) &&
  r.is_major === isMajor(r.fiscal_year, r.service_category, r.duration_min, r.affected_users);

describe('prefectures', () => {
  it('lists the 47 prefectures with codes 1–47 and unique names, plus 全国', () => {
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(new Set(PREFECTURES.map((p) => p.ja)).size).toBe(47);
    expect(new Set(PREFECTURES.map((p) => p.en)).size).toBe(47);
    for (const p of PREFECTURES) expect(p.ja).toMatch(/^(北海道|.+[都府県])$/);
    expect(REGIONS[0]).toBe(NATIONWIDE);
    expect(regionByCode(13)).toEqual({ code: 13, ja: '東京都', en: 'Tokyo' });
    expect(regionLabel('全国', 'en')).toBe('Nationwide');
    expect(regionLabel('大阪府', 'en')).toBe('Osaka');
    expect(regionLabel('関東地方', 'en')).toBe('関東地方');
    expect(isRegionName('東京')).toBe(false);
  });
});

describe('createRng', () => {
  it('is deterministic, seed- and stream-dependent, and uniform-ish on [0, 1)', () => {
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
    expect(draw(2 ** 40, 0)).not.toEqual(draw(2 ** 40 + 2 ** 32, 0));
    const rng = createRng(7);
    const xs = Array.from({ length: 100_000 }, rng);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
    expect(() => createRng(-1)).toThrow();
    expect(() => createRng(1.5)).toThrow();
  });
});

describe('sampleTargets', () => {
  it('uses the published totals and majors (FY2019 too), interpolates FY2016–18 and 2020–21, carries FY2022 forward', () => {
    const t = sampleTargets();
    expect(t.map((x) => x.fiscalYear)).toEqual(Array.from({ length: 15 }, (_, i) => 2010 + i));
    for (const x of t) {
      const p = PUBLISHED_FY_TOTALS[x.fiscalYear];
      if (p) expect(x).toEqual({ fiscalYear: x.fiscalYear, ...p, basis: 'published' });
    }
    // checked by hand: FY2015 6,188 / 8 → FY2019 6,301 / 3 in quarters of 28.25 and −1.25 (rounded half up);
    // FY2019 → FY2022 7,500 / 10 in thirds of 399.67 and 2.33; FY2018's majors are the derived 4
    expect(t.filter((x) => x.basis === 'interpolated').map((x) => [x.fiscalYear, x.accidents, x.major])).toEqual([
      [2016, 6216, 7],
      [2017, 6245, 6],
      [2018, 6273, 4],
      [2020, 6701, 5],
      [2021, 7100, 8],
    ]);
    expect(t.filter((x) => x.majorBasis === 'derived').map((x) => x.fiscalYear)).toEqual([2018]);
    expect(t.find((x) => x.fiscalYear === 2019)).toEqual({
      fiscalYear: 2019,
      accidents: 6301,
      major: 3,
      basis: 'published',
    });
    expect(t.filter((x) => x.basis === 'carried_forward').map((x) => [x.fiscalYear, x.accidents, x.major])).toEqual([
      [2023, 7500, 10],
      [2024, 7500, 10],
    ]);
  });

  it('scales to exactly the requested rows, proportionally', () => {
    const t = sampleTargets({ rows: 1_000_000 });
    expect(t.reduce((s, x) => s + x.accidents, 0)).toBe(1_000_000);
    expect(t.every((x) => x.basis === 'scaled')).toBe(true);
    const base = sampleTargets();
    const factor = 1_000_000 / base.reduce((s, x) => s + x.accidents, 0);
    t.forEach((x, i) => {
      expect(Math.abs(x.accidents - base[i]!.accidents * factor)).toBeLessThan(1);
      expect(x.major).toBe(Math.round(base[i]!.major * factor));
    });
    expect(sampleTargets({ fiscalYears: [2022, 2010], rows: 1001 }).map((x) => x.accidents)).toEqual([496, 505]);
  });

  it('rejects years outside FY2010–FY2024', () => {
    expect(() => sampleTargets({ fiscalYears: [2009] })).toThrow(/FY2010/);
    expect(() => sampleTargets({ fiscalYears: [2025] })).toThrow(/FY2024/);
  });
});

describe('generateSample (default seed)', () => {
  it('meets the published totals and major counts per fiscal year', () => {
    const years = byYear(rows);
    for (const [fy, p] of Object.entries(PUBLISHED_FY_TOTALS)) expect(years.get(Number(fy))).toEqual(p);
    for (const t of sampleTargets())
      expect(years.get(t.fiscalYear)).toEqual({ accidents: t.accidents, major: t.major });
    // 44,802 (FY2010–15) + 38,836 (FY2016–21) + 22,500 (FY2022–24), summed by hand
    expect(rows.length).toBe(106_138);
  });

  it('only holds quarterly-reportable accidents, with is_major equal to the rule of their year', () => {
    expect(failing(rows, (r) => meetsQuarterlyReportCriterion(r.duration_min, r.affected_users))).toEqual([]);
    expect(failing(rows, consistent)).toEqual([]);
  });

  it('dates each record inside its fiscal year and quarter (JST)', () => {
    expect(failing(rows, inQuarter)).toEqual([]);
  });

  it('uses only known codes and labels every row synthetic', () => {
    const regions = new Set(REGIONS.map((r) => r.ja));
    const known = (r: SampleRecord) =>
      CAUSES.includes(r.cause) &&
      r.cause_group === CAUSE_GROUP[r.cause] &&
      SERVICE_CATEGORIES.includes(r.service_category) &&
      OPERATOR_TYPES.includes(r.operator_type) &&
      regions.has(r.region) &&
      r.is_synthetic === true &&
      Number.isInteger(r.affected_users) &&
      r.affected_users >= 1 &&
      Number.isInteger(r.duration_min) &&
      r.duration_min >= 1;
    expect(failing(rows, known)).toEqual([]);
    expect(new Set(rows.map((r) => r.service_category))).toEqual(new Set(SERVICE_CATEGORIES));
    expect(new Set(rows.filter((r) => r.fiscal_year < 2015).map((r) => r.service_category)).size).toBe(4);
  });

  it('numbers reports S<FY>-nnnnnn in time order within each year', () => {
    expect(new Set(rows.map((r) => r.report_id)).size).toBe(rows.length);
    const ordered = rows.slice(1).filter((b, i) => {
      const a = rows[i]!;
      return !(b.report_id > a.report_id && b.occurred_at >= a.occurred_at);
    });
    expect(ordered.map((r) => r.report_id)).toEqual([]);
    expect(rows.every((r) => r.report_id.startsWith(`S${r.fiscal_year}-`))).toBe(true);
    expect(rows[0]!.report_id).toBe('S2010-000001');
    expect(rows.at(-1)!.report_id).toBe('S2024-007500');
  });

  it('uses 20–30 plainly fictional operators with skewed volumes', () => {
    expect(SAMPLE_OPERATORS.length).toBeGreaterThanOrEqual(20);
    expect(SAMPLE_OPERATORS.length).toBeLessThanOrEqual(30);
    const prefix = {
      mobile_carrier: 'Mobile',
      fixed_carrier: 'Fixed',
      mvno: 'MVNO',
      isp: 'ISP',
      internet_service: 'App',
    };
    for (const o of SAMPLE_OPERATORS) expect(o.name).toBe(`${prefix[o.type]} ${o.name.slice(-1)}`);
    for (const o of SAMPLE_OPERATORS) expect(o.name).toMatch(/^(Mobile|Fixed|MVNO|ISP|App) [A-Z]$/);
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.operator, (counts.get(r.operator) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]! / rows.length).toBeGreaterThan(0.1);
    expect(sorted.at(-1)! / rows.length).toBeLessThan(0.01);
    for (const t of OPERATOR_TYPES) expect(rows.some((r) => r.operator_type === t)).toBe(true);
    expect(rows.some((r) => r.operator === 'Mobile D' && r.fiscal_year < 2020)).toBe(false);
  });

  it('has heavy tails calibrated to the published user breakdowns', () => {
    expect(share((r) => r.affected_users < 500)).toBeGreaterThan(0.86);
    expect(share((r) => r.affected_users < 500)).toBeLessThan(0.92);
    expect(share((r) => r.affected_users >= 30_000)).toBeGreaterThan(0.005);
    expect(share((r) => r.affected_users >= 30_000)).toBeLessThan(0.02);
    expect(share((r) => r.duration_min >= 120)).toBeGreaterThan(0.97);
    expect(Math.max(...rows.map((r) => r.duration_min))).toBeGreaterThan(7 * 24 * 60);
    expect(Math.max(...rows.map((r) => r.affected_users))).toBeGreaterThan(1_000_000);
    const majors = rows.filter((r) => r.is_major);
    expect(majors.filter((r) => r.duration_min >= 600).length / majors.length).toBeGreaterThan(0.3);
  });

  it('spreads each year roughly evenly over quarters, with mild seasonality', () => {
    for (const t of sampleTargets()) {
      const inYear = rows.filter((r) => r.fiscal_year === t.fiscalYear);
      for (const q of [1, 2, 3, 4]) {
        const s = inYear.filter((r) => r.quarter === q).length / inYear.length;
        expect(s).toBeGreaterThan(0.2);
        expect(s).toBeLessThan(0.32);
      }
    }
  });

  it('mixes causes near the published FY2012 shares (equipment ≈ 48 %, external ≈ 47 %)', () => {
    expect(share((r) => r.cause_group === 'equipment')).toBeGreaterThan(0.38);
    expect(share((r) => r.cause_group === 'external')).toBeGreaterThan(0.38);
    expect(share((r) => r.cause_group === 'human')).toBeLessThan(0.12);
  });
});

describe('generateSample determinism', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    const a = generateSample({ seed: 42, fiscalYears: [2014, 2015] });
    const b = generateSample({ seed: 42, fiscalYears: [2014, 2015] });
    const c = generateSample({ seed: 43, fiscalYears: [2014, 2015] });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(byYear(c)).toEqual(byYear(a));
  });

  it("draws each year from its own stream, so a year's rows do not depend on the other years", () => {
    const only2022 = generateSample({ seed: DEFAULT_SAMPLE_SEED, fiscalYears: [2022] });
    expect(only2022).toEqual(rows.filter((r) => r.fiscal_year === 2022));
  });

  it('scales with rows while keeping every record consistent', () => {
    const scaled = generateSample({ seed: 1, rows: 20_000 });
    expect(scaled.length).toBe(20_000);
    expect(failing(scaled, consistent)).toEqual([]);
    const years = byYear(scaled);
    for (const t of sampleTargets({ rows: 20_000 }))
      expect(years.get(t.fiscalYear)).toEqual({ accidents: t.accidents, major: t.major });
  });
});
