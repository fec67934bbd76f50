import { hash53 } from './hash53.ts';
import { ident, q, type Query } from './sql.ts';

/**
 * Where the cases view and a case page read cases from: the public record's `cases` table, or, once the user has
 * imported cases, a view of the public cases and every imported cases table (`imported_dataset` says which import
 * a row comes from; NULL for the public record). Without imports the queries are the public ones, word for word,
 * so the snapshot still answers them before DuckDB is up.
 */
export const PUBLIC_CASES = 'cases';

/** The view over the public cases and these imported tables; named by them, so a new set is a new name. */
export function casesWithImportedName(tables: readonly string[]): string {
  return `cases_with_imported_${hash53([...tables].sort().join('\u0000'))}`;
}

export function createCasesWithImported(name: string, tables: readonly string[]): Query {
  const imported = tables.map((t) => `SELECT * FROM ${ident(t)}`).join('\nUNION ALL BY NAME ');
  return q(`CREATE OR REPLACE VIEW ${ident(name)} AS
SELECT *, NULL::VARCHAR AS imported_dataset FROM cases
UNION ALL BY NAME ${imported}`);
}

export function dropCasesView(name: string): Query {
  return q(`DROP VIEW IF EXISTS ${ident(name)}`);
}

/** The FROM item of a cases query: always called `cases`, so the correlated subqueries read the same. */
export function casesFrom(source: string): string {
  return source === PUBLIC_CASES ? 'cases' : `${ident(source)} AS cases`;
}

/** `imported_dataset` in the select list where the source has it. */
export const importedColumn = (source: string) => (source === PUBLIC_CASES ? '' : ', imported_dataset');

export interface KnownIdRow {
  id: string;
  imported_dataset: string | null;
}

/** Every case id already loaded and where it comes from: what a new import's ids are checked against. */
export function knownCaseIds(source: string): Query<KnownIdRow> {
  return q(
    source === PUBLIC_CASES
      ? `SELECT id, NULL::VARCHAR AS imported_dataset FROM cases`
      : `SELECT id, imported_dataset FROM ${ident(source)}`,
  );
}
