import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcToCsv } from '../../src/data/arrow-csv.ts';
import { recordsFileName } from '../../src/export/filename.ts';
import { recordsMetadata } from '../../src/export/records-metadata.ts';
import { NO_FILTERS, type Filters } from '../../src/query/report-filters.ts';
import { filteredRecords, RECORD_COLUMNS } from '../../src/query/reports.ts';
import type { Row } from '../../src/query/sql.ts';
import { FIXTURE, loadFixture, type FixtureRow } from '../fixtures/reports-fixture.ts';
import { passes, type OracleFilters } from '../fixtures/reports-oracle.ts';

// filteredRecords runs on native DuckDB over the fixture; the expected records come from the plain-JS oracle.
let con: DuckDBConnection;
beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  await loadFixture(con);
});
afterAll(() => con?.closeSync());

const F = (o: OracleFilters): Filters => ({ ...NO_FILTERS, ...o }) as Filters;

/** A fixture row as the CSV export should hold it: the timestamp as `YYYY-MM-DDTHH:MM`, the export's columns only. */
function expected(r: FixtureRow): Row {
  return {
    report_id: r.report_id,
    occurred_at: `${r.occurred_at.slice(0, 10)}T${r.occurred_at.slice(11, 16)}`,
    fiscal_year: r.fiscal_year,
    quarter: r.quarter,
    operator: r.operator,
    service_category: r.service_category,
    cause: r.cause,
    duration_min: r.duration_min,
    affected_users: r.affected_users,
    region: r.region,
    is_major: r.is_major,
    is_synthetic: r.is_synthetic,
  };
}

const CASES: [string, OracleFilters][] = [
  ['no filter', {}],
  ['fiscal years and quarters', { fyFrom: 2019, fyTo: 2020, quarters: [1, 4] }],
  ['causes and services', { causes: ['software_bug', 'third_party'], services: ['other_voice', 'other'] }],
  ['hostile, Japanese operators', { operators: ["O'Reilly Net", '日本語テレコム', '100% Mobile'] }],
  ['major, users and duration bounds', { majorOnly: true, usersMin: 500, durationMax: 1440 }],
  ['a brushed period across the FY boundary', { period: [2019 * 4 + 3, 2020 * 4] }],
  ['filter and brush together', { fyFrom: 2019, usersMin: 1, period: [2019 * 4 + 2, 2020 * 4 + 1] }],
];

describe('filteredRecords: the records under the filters', () => {
  it.each(CASES)('%s: equal to the oracle, in report_id order', async (_, o) => {
    const query = filteredRecords('reports', F(o), { occurredAtText: true });
    const got = (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJS() as Row[];
    const want = FIXTURE.filter((r) => passes(r, o))
      .map(expected)
      .sort((a, b) => ((a.report_id as string) < (b.report_id as string) ? -1 : 1));
    expect(want.length).toBeGreaterThan(0);
    expect(
      got.map((r) => ({ ...r, affected_users: r.affected_users === null ? null : Number(r.affected_users) })),
    ).toEqual(want);
  });

  it('binds every value as a parameter and keeps the TIMESTAMP for Parquet', async () => {
    const query = filteredRecords('reports', F({ operators: ["O'Reilly Net"], usersMin: 30_000 }));
    expect(query.sql).not.toContain("O'Reilly");
    expect(query.sql).not.toContain('30000');
    expect(query.params).toContain("O'Reilly Net");
    expect(query.params).toContain(30_000);
    const types = (await con.runAndReadAll(`DESCRIBE ${query.sql}`, query.params as never)).getRowObjectsJS();
    expect(types.map((t) => t.column_name)).toEqual([...RECORD_COLUMNS]);
    expect(types.find((t) => t.column_name === 'occurred_at')!.column_type).toBe('TIMESTAMP');
  });
});

describe('the CSV encoding of the records', () => {
  it('writes a BOM, a header of column names, CRLF and neutralised, quoted cells', () => {
    const ipc = tableToIPC(
      tableFromArrays({
        report_id: ['A-1', 'A-2'],
        operator: ['=HYPERLINK("x")', 'Net, Inc.'],
        duration_min: Float64Array.from([-12.5, 30]),
        is_major: [true, null] as unknown as boolean[],
      }),
      'stream',
    );
    const seen: number[] = [];
    const bytes = ipcToCsv(ipc, (d) => seen.push(d));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'report_id,operator,duration_min,is_major\r\n' +
        `A-1,"'=HYPERLINK(""x"")",-12.5,true\r\n` +
        'A-2,"Net, Inc.",30,\r\n',
    );
    expect(seen.at(-1)).toBe(1);
  });
});

describe('names and metadata of a records export', () => {
  const at = new Date('2026-12-01T16:30:00Z'); // 2026-12-02 in JST
  it('names the dataset, marks synthetic data, keeps an import name readable', () => {
    expect(recordsFileName({ id: 'sample', synthetic: true }, 'parquet', at)).toBe(
      'jiko_records_sample_20261202_SYNTHETIC.parquet',
    );
    expect(recordsFileName({ id: 'public', synthetic: false }, 'csv', at)).toBe('jiko_records_public_20261202.csv');
    expect(recordsFileName({ id: 'u1', synthetic: false, imported: { name: '総務省 2023/Q4' } }, 'csv', at)).toBe(
      'jiko_records_imported-総務省-2023-Q4_20261202.csv',
    );
  });

  it('carries dataset, synthetic flag, provenance and filters in the Parquet metadata', () => {
    const m = recordsMetadata(
      { id: 'sample', synthetic: true, provenance: 'synthetic (scripts/gen-sample.ts)' },
      F({ fyFrom: 2020, causes: ['software_bug'], period: [8080, 8081] }),
      at,
      '合成データ / SYNTHETIC DATA',
    );
    expect(m).toEqual({
      'jiko.dataset': 'sample',
      'jiko.dataset_label': '合成データ / SYNTHETIC DATA',
      'jiko.synthetic': 'true',
      'jiko.provenance': 'synthetic (scripts/gen-sample.ts)',
      'jiko.filters': 'fy=2020-&cause=software_bug&period=8080-8081',
      'jiko.exported_at': '2026-12-01T16:30:00.000Z',
    });
    const imported = recordsMetadata(
      { id: 'u1', synthetic: false, provenance: 'imported from a.csv', imported: { name: 'mine', fileName: 'a.csv' } },
      NO_FILTERS,
      at,
      'ignored',
    );
    expect(imported['jiko.dataset_label']).toBe('imported: mine');
    expect(imported['jiko.filters']).toBe('');
  });
});
