import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, type TableDef } from '../../src/domain/schema/tables.ts';

const doc = readFileSync('data/SCHEMA.md', 'utf8');

/** The column rows of the table documented under "### `name`". */
function documented(name: string): [string, string, boolean][] {
  const start = doc.indexOf(`### \`${name}\``);
  if (start < 0) return [];
  const next = doc.indexOf('\n### ', start + 1);
  const section = doc.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^\| `(\w+)` \| ([A-Z[\]]+) \| (yes|no) \|/gm)].map((m) => [
    m[1]!,
    m[2]!,
    m[3] === 'yes',
  ]);
}

describe('data/SCHEMA.md documents every table exactly as src/domain/schema/tables.ts defines it', () => {
  it.each(ALL_TABLES.map((t) => [t.name, t] as [string, TableDef]))('%s', (name, table) => {
    expect(documented(name)).toEqual(table.columns.map((c) => [c.name, c.type, c.nullable]));
  });
});
