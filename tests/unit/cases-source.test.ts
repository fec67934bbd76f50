import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CASE_FILTERS } from '../../src/query/case-filters.ts';
import { caseDetail, caseList } from '../../src/query/cases.ts';
import {
  casesWithImportedName,
  createCasesWithImported,
  knownCaseIds,
  PUBLIC_CASES,
} from '../../src/query/cases-source.ts';
import { caseCoverage } from '../../src/query/overview.ts';
import type { Query, Row } from '../../src/query/sql.ts';

// Native DuckDB over the Parquet `npm run data` writes, with one imported case made the way an import makes it:
// the cases columns plus imported_dataset.
let con: DuckDBConnection;
const run = async (query: Query): Promise<Row[]> =>
  (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJson() as Row[];
const view = casesWithImportedName(['imported_u1']);

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  for (const t of ['cases', 'case_annotations', 'case_remarks'])
    await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('public/data/${t}.parquet')`);
  await con.run(`CREATE TABLE imported_u1 AS SELECT * REPLACE ('U-2024-01' AS id, '例示通信' AS operator_ja,
    'Example Net' AS operator_en, '独自語を含む概要' AS summary_en, NULL::VARCHAR AS evidence),
    'u1' AS imported_dataset FROM cases WHERE id = 'JP-2022-07'`);
  await run(createCasesWithImported(view, ['imported_u1']));
});
afterAll(() => con?.closeSync());

describe('the cases view with imported cases', () => {
  it('is named by its set of imported tables: the same set in any order, a new name for another set', () => {
    const ab = casesWithImportedName(['imported_a', 'imported_b']);
    expect(casesWithImportedName(['imported_b', 'imported_a'])).toBe(ab);
    expect(ab).toMatch(/^cases_with_imported_[a-z0-9]+$/);
    const others = [['imported_a'], ['imported_b'], ['imported_a', 'imported_c'], ['imported_ab']];
    const names = new Set([ab, ...others.map((t) => casesWithImportedName(t))]);
    expect(names.size).toBe(5);
  });

  it('reads the public record word for word while nothing is imported (the snapshot answers it)', () => {
    expect(caseList(NO_CASE_FILTERS, PUBLIC_CASES).sql).toBe(caseList(NO_CASE_FILTERS).sql);
    expect(caseList(NO_CASE_FILTERS).sql).not.toContain('imported');
    expect(caseCoverage(PUBLIC_CASES).sql).toContain('FROM cases');
  });

  it('lists the 50 public cases and the imported one, which alone names its dataset', async () => {
    const rows = await run(caseList(NO_CASE_FILTERS, view));
    expect(rows).toHaveLength(51);
    expect(rows.filter((r) => r.imported_dataset !== null).map((r) => [r.id, r.imported_dataset])).toEqual([
      ['U-2024-01', 'u1'],
    ]);
    expect((await run(caseCoverage(view)))[0]!.cases).toBe(51);
  });

  it('searches and opens an imported case like a public one', async () => {
    const found = await run(caseList({ ...NO_CASE_FILTERS, text: '独自語' }, view));
    expect(found.map((r) => r.id)).toEqual(['U-2024-01']);
    const [detail] = await run(caseDetail('U-2024-01', view));
    expect(detail).toMatchObject({ id: 'U-2024-01', operator_ja: '例示通信', evidence: null, imported_dataset: 'u1' });
  });

  it('knows every id already taken and where it comes from', async () => {
    const known = new Map((await run(knownCaseIds(view))).map((r) => [r.id, r.imported_dataset]));
    expect(known.size).toBe(51);
    expect(known.get('JP-2022-07')).toBeNull();
    expect(known.get('U-2024-01')).toBe('u1');
  });
});
