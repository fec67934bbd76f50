/**
 * Which statements the SQL console runs: reading ones only. The text is split into statements with quotes,
 * identifiers and comments skipped, and each statement's first keyword must be one that cannot change data.
 * (The console also runs every query inside a transaction that it rolls back: see data/sql-console.ts.)
 */
const READING = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
  'EXPLAIN',
  'PIVOT',
  'UNPIVOT',
]);
/** Keywords that write, wherever they appear outside quotes (a WITH … INSERT, an EXPLAIN ANALYZE of a DELETE). */
const WRITING =
  /^(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|TRUNCATE|COPY|ATTACH|DETACH|INSTALL|MERGE|CHECKPOINT|VACUUM)$/;

export type Guard =
  { ok: true; statement: string } | { ok: false; reason: 'empty' | 'many' | 'refused'; keyword?: string };

/** Words outside string literals, quoted identifiers and comments, and the statement separators. */
function scan(sql: string): { words: string[]; statements: string[] } {
  const words: string[] = [];
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      i = end < 0 ? sql.length : end + 1;
      // '' and "" inside a literal reopen it; the loop handles them as two adjacent literals.
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (c === ';') {
      statements.push(sql.slice(start, i));
      start = i + 1;
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))![0];
      words.push(m.toUpperCase());
      i += m.length;
    } else i++;
  }
  statements.push(sql.slice(start));
  return { words, statements: statements.filter((s) => s.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim() !== '') };
}

export function guardSql(sql: string): Guard {
  const { words, statements } = scan(sql);
  if (statements.length === 0 || words.length === 0) return { ok: false, reason: 'empty' };
  if (statements.length > 1) return { ok: false, reason: 'many' };
  const first = words[0]!;
  if (!READING.has(first)) return { ok: false, reason: 'refused', keyword: first };
  const writer = words.find((w) => WRITING.test(w));
  if (writer) return { ok: false, reason: 'refused', keyword: writer };
  return { ok: true, statement: statements[0]!.trim() };
}
