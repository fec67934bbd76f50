import { describe, expect, it } from 'vitest';
import {
  cellFromParam,
  cellToParam,
  drillViewFromParams,
  drillViewToParams,
  isMalformedDrill,
} from '../../src/query/drill-url.ts';

describe('a drill-down cell in the URL', () => {
  it('writes each key as dimension:value, a missing value as ~, a bin with its column, values escaped', () => {
    expect(
      cellToParam([
        { dimension: 'qi', value: 8061 },
        { dimension: 'operator', value: 'A社, 東日本' },
        { dimension: 'cause', value: null },
        { dimension: 'log_bin', value: 30000, column: 'affected_users' },
        { dimension: 'log_bin', value: 120 },
      ]),
    ).toBe(
      'qi:8061,operator:A%E7%A4%BE%2C%20%E6%9D%B1%E6%97%A5%E6%9C%AC,cause:~,log_bin:30000@affected_users,log_bin:120@duration_min',
    );
  });

  it('reads back what it writes: numbers as numbers, text as text, ~ as a missing value', () => {
    const cell = cellFromParam(
      'fiscal_year:2022,qi:8061,operator:A%E7%A4%BE%2C%20%E6%9D%B1,cause:~,log_bin:3.25@affected_users,log_bin:60',
    );
    expect(cell).toEqual([
      { dimension: 'fiscal_year', value: 2022 },
      { dimension: 'qi', value: 8061 },
      { dimension: 'operator', value: 'A社, 東' },
      { dimension: 'cause', value: null },
      { dimension: 'log_bin', value: 3.25, column: 'affected_users' },
      { dimension: 'log_bin', value: 60, column: 'duration_min' },
    ]);
    // a code that looks like a number stays text outside the numeric keys
    expect(cellFromParam('service_category:2')).toEqual([{ dimension: 'service_category', value: '2' }]);
  });

  it('opens nothing for a link it cannot read', () => {
    for (const bad of [
      undefined,
      '',
      'qi', // no value
      'Cause:software_bug', // not a dimension as written
      'colour:red', // not a dimension
      'qi:abc', // a quarter that is not a number
      'fiscal_year:Infinity',
      'log_bin:60@users', // not a histogram column
      'cause:%E7%A4', // a broken escape
      'qi:8061,', // an empty part
      'qi:8061,colour:red', // one bad part spoils the cell
    ]) {
      expect(cellFromParam(bad), String(bad)).toBeNull();
    }
  });

  it('tells a broken escape (malformed link) from an unknown key (just no drill-down)', () => {
    expect(isMalformedDrill('cause:%E7%A4')).toBe(true);
    expect(isMalformedDrill('qi:8061,operator:%ZZ@x')).toBe(true);
    expect(isMalformedDrill('colour:red')).toBe(false);
    expect(isMalformedDrill('operator:A%E7%A4%BE')).toBe(false);
    expect(isMalformedDrill(undefined)).toBe(false);
    expect(isMalformedDrill('')).toBe(false);
  });
});

describe('page and sort of an open drill-down in the URL', () => {
  it('reads page=3 as the third page (0-based 2) and dsort=column.desc', () => {
    expect(drillViewFromParams({ page: '3', dsort: 'duration_min.desc' })).toEqual({
      sort: 'duration_min',
      desc: true,
      page: 2,
    });
    expect(drillViewFromParams({ dsort: 'affected_users.asc' })).toEqual({
      sort: 'affected_users',
      desc: false,
      page: 0,
    });
  });

  it('falls back to the first page, sorted by start, for what it cannot read', () => {
    const first = { sort: 'occurred_at', desc: false, page: 0 };
    expect(drillViewFromParams({})).toEqual(first);
    expect(drillViewFromParams({ page: '0' })).toEqual(first);
    expect(drillViewFromParams({ page: '-2' })).toEqual(first);
    expect(drillViewFromParams({ page: '1e3' })).toEqual(first);
    expect(drillViewFromParams({ page: '1234567' })).toEqual(first);
    // an unknown column: neither it nor its direction is taken
    expect(drillViewFromParams({ dsort: 'password.desc' })).toEqual(first);
    expect(drillViewFromParams({ page: '999999' }).page).toBe(999998);
  });

  it('writes the default view as empty parameters, anything else as page (1-based) and column.direction', () => {
    expect(drillViewToParams({ sort: 'occurred_at', desc: false, page: 0 })).toEqual({ dsort: '', page: '' });
    expect(drillViewToParams({ sort: 'occurred_at', desc: true, page: 1 })).toEqual({
      dsort: 'occurred_at.desc',
      page: '2',
    });
    expect(drillViewToParams({ sort: 'duration_min', desc: false, page: 0 })).toEqual({
      dsort: 'duration_min.asc',
      page: '',
    });
  });
});
