/** A SQL text with positional `?` parameters. Values never enter the text: only parameters carry them. */
export type SqlParam = string | number | boolean | null;

export interface Query {
  sql: string;
  params: SqlParam[];
}

export type Row = Record<string, unknown>;
export type RunQuery = (q: Query) => Promise<Row[]>;

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * A table or column name as a quoted identifier. Identifiers cannot be parameters, so only names matching
 * [a-z_][a-z0-9_]* are accepted at all.
 */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a safe SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function q(sql: string, params: SqlParam[] = []): Query {
  const count = (sql.match(/\?/g) ?? []).length;
  if (count !== params.length) {
    throw new Error(`query has ${count} placeholders but ${params.length} parameters`);
  }
  return { sql, params };
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
