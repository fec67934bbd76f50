import { describe, expect, it } from 'vitest';
import { guardSql } from '../../src/query/sql-guard.ts';

describe('the SQL console runs reading statements only', () => {
  it.each([
    'SELECT * FROM cases',
    '  -- a comment\nWITH x AS (SELECT 1) SELECT * FROM x;',
    "SELECT 'DROP TABLE cases' AS text",
    'SELECT "delete" FROM t',
    'FROM cases LIMIT 3',
    'DESCRIBE cases',
    'SUMMARIZE sample_reports',
    'SELECT * REPLACE (1 AS x) FROM t',
  ])('runs %s', (sql) => {
    expect(guardSql(sql).ok).toBe(true);
  });

  it.each([
    ['DROP TABLE cases', 'DROP'],
    ['drop table cases', 'DROP'],
    ['ALTER TABLE cases RENAME TO x', 'ALTER'],
    ['INSERT INTO cases VALUES (1)', 'INSERT'],
    ['/* hi */ DELETE FROM cases', 'DELETE'],
    ['WITH x AS (SELECT 1) INSERT INTO cases SELECT * FROM x', 'INSERT'],
    ['EXPLAIN ANALYZE DELETE FROM cases', 'DELETE'],
    ['CREATE TABLE y AS SELECT 1', 'CREATE'],
    ["COPY cases TO 'x.csv'", 'COPY'],
    ["ATTACH 'x.db'", 'ATTACH'],
    ['SET threads = 4', 'SET'],
    ['PRAGMA version', 'PRAGMA'],
  ])('refuses %s', (sql, keyword) => {
    expect(guardSql(sql)).toEqual({ ok: false, reason: 'refused', keyword });
  });

  it('refuses several statements at once, and empty text', () => {
    expect(guardSql('SELECT 1; DROP TABLE cases')).toEqual({ ok: false, reason: 'many' });
    expect(guardSql('  -- nothing\n')).toEqual({ ok: false, reason: 'empty' });
    expect(guardSql('SELECT 1;')).toEqual({ ok: true, statement: 'SELECT 1' });
  });
});
