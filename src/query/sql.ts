/** A SQL text with positional `?` parameters. Values never enter the text: only parameters carry them. */
export type SqlParam = string | number | boolean | null;

/** `R` is the row type of the SELECT, declared by its builder (only for the type checker); `Query` alone is any query. */
export interface Query<R = unknown> {
  sql: string;
  params: SqlParam[];
  readonly __row?: R;
}

export type Row = Record<string, unknown>;
/**
 * Runs a query and gives its rows with the row type its builder declared. `isCurrent`, when given, is asked just
 * before the query would start: false skips it (it rejects with a SupersededError).
 */
export type RunQuery = <R>(q: Query<R>, isCurrent?: () => boolean) => Promise<R[]>;

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * A table or column name as a quoted identifier. Identifiers cannot be parameters, so only names matching
 * [a-z_][a-z0-9_]* are accepted at all.
 */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a safe SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function q<R = Row>(sql: string, params: SqlParam[] = []): Query<R> {
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
