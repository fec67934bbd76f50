import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromParams,
  filtersToParams,
  NO_FILTERS,
  whereClause,
  type FilterKey,
  type Filters,
} from '../../src/query/report-filters.ts';

const F = (o: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...o });
const ALL = F({
  fyFrom: 2019,
  fyTo: 2021,
  quarters: [1, 4],
  causes: ['software_bug'],
  services: ['other_voice', 'other'],
  operators: ['例示通信'],
  majorOnly: true,
  usersMin: 30_000,
  usersMax: 100_000,
  durationMin: 120,
  durationMax: 1440,
  period: [8077, 8080],
});

// Written by hand: the condition (and parameters) each filter key stands for.
const CONDITION: Record<FilterKey, [string, unknown[]]> = {
  fyFrom: ['fiscal_year >= ?', [2019]],
  fyTo: ['fiscal_year <= ?', [2021]],
  quarters: ['quarter IN (?, ?)', [1, 4]],
  causes: ['cause IN (?)', ['software_bug']],
  services: ['service_category IN (?, ?)', ['other_voice', 'other']],
  operators: ['operator IN (?)', ['例示通信']],
  majorOnly: ['is_major IS TRUE', []],
  usersMin: ['affected_users >= ?', [30_000]],
  usersMax: ['affected_users <= ?', [100_000]],
  durationMin: ['duration_min >= ?', [120]],
  durationMax: ['duration_min <= ?', [1440]],
  period: ['fiscal_year * 4 + quarter - 1 BETWEEN ? AND ?', [8077, 8080]],
};
const KEYS = Object.keys(CONDITION) as FilterKey[];
const clause = (keys: FilterKey[]) => ({
  sql: `WHERE ${keys.map((k) => CONDITION[k][0]).join(' AND ')}`,
  params: keys.flatMap((k) => CONDITION[k][1]),
});

describe('the WHERE clause of a filter state', () => {
  it('has every set filter as a condition, values as parameters only', () => {
    expect(whereClause(ALL)).toEqual(clause(KEYS));
    expect(whereClause(NO_FILTERS)).toEqual({ sql: '', params: [] });
  });

  it.each(KEYS)('leaves out %s, and only it, when told to ignore it (the brushed chart ignores its brush)', (key) => {
    expect(whereClause(ALL, [key])).toEqual(clause(KEYS.filter((k) => k !== key)));
  });
});

describe('the active-filter count', () => {
  it('counts each filter once, a range once whichever end is set', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount(ALL)).toBe(9);
    for (const one of [
      { fyFrom: 2019 },
      { fyTo: 2019 },
      { quarters: [2] },
      { causes: ['unknown' as const] },
      { services: ['other' as const] },
      { operators: ['x'] },
      { majorOnly: true },
      { usersMin: 1 },
      { usersMax: 1 },
      { durationMin: 0 },
      { durationMax: 0 },
      { period: [8080, 8080] as [number, number] },
    ]) {
      expect(activeFilterCount(F(one)), JSON.stringify(one)).toBe(1);
    }
    expect(activeFilterCount(F({ usersMin: 1, usersMax: 9, durationMin: 1, durationMax: 9 }))).toBe(2);
  });
});

describe('filters in the URL', () => {
  it('keeps an open-ended range open at the end the link leaves empty', () => {
    const f = filtersFromParams({ users: '-50000', dur: '120-', fy: '2018-' });
    expect(f).toEqual(F({ usersMax: 50_000, durationMin: 120, fyFrom: 2018 }));
    expect(Object.keys(f)).not.toContain('usersMin');
    expect(Object.keys(f)).not.toContain('durationMax');
    expect(Object.keys(f)).not.toContain('fyTo');
    expect(filtersFromParams({ fy: '-2020', users: '500-', dur: '-60' })).toEqual(
      F({ fyTo: 2020, usersMin: 500, durationMax: 60 }),
    );
  });

  it('needs both ends of a brushed period, and drops quarters other than 1–4', () => {
    expect(filtersFromParams({ period: '8060-' }).period).toBeUndefined();
    expect(filtersFromParams({ period: '8060-8063' }).period).toEqual([8060, 8063]);
    expect(filtersFromParams({ q: '4,5,1' }).quarters).toEqual([4, 1]);
  });

  it('writes quarters in order and lists as given', () => {
    const p = filtersToParams(F({ quarters: [4, 1, 3], services: ['other', 'other_voice'] }));
    expect(p.q).toBe('1,3,4');
    expect(p.svc).toBe('other,other_voice');
    expect(p).toMatchObject({ fy: '', cause: '', op: '', major: '', users: '', dur: '', period: '' });
  });
});
