import { describe, expect, it } from 'vitest';
import { guardSql } from '../../src/query/sql-guard.ts';

/** What the SQL console's guard sees as quotes, comments and statement ends (each verdict reasoned by hand). */
describe('the SQL console guard reads quotes, comments and semicolons as DuckDB does', () => {
  it.each([
    ['SELECT \'a;b\', "x;y" FROM t', 'a semicolon inside a string or a quoted identifier'],
    ["SELECT 'it''s; fine'", 'a doubled quote inside a string'],
    ['SELECT "DELETE" FROM t', 'a writing keyword as a quoted identifier'],
    ['SELECT 1 -- ; DROP TABLE t', 'a line comment'],
    ['/* ; DELETE FROM t */ SELECT 2', 'a block comment'],
    ['SELECT $$ ; DROP TABLE t $$', 'a dollar-quoted string'],
    ['SELECT $x$ ; DELETE $x$ AS s', 'a tagged dollar-quoted string'],
    ['SELECT $1', 'a dollar that opens no string'],
    ['SELECT 1 - 1', 'a single dash'],
    ['SELECT x1_y FROM t_delete', 'a word that only contains a writing keyword'],
    ["SELECT 'unterminated; DROP TABLE t", 'an unterminated string runs to the end'],
    ['SELECT 1 /* unterminated; DELETE', 'an unterminated comment runs to the end'],
    ['SELECT 1 $a$ unterminated; DELETE', 'an unterminated dollar string runs to the end'],
  ])('lets %j through: %s', (sql) => {
    expect(guardSql(sql)).toEqual({ ok: true, statement: sql });
  });

  it('trims the statement it runs and drops empty or comment-only statements after it', () => {
    expect(guardSql('  \n SELECT 1 \n ')).toEqual({ ok: true, statement: 'SELECT 1' });
    expect(guardSql('SELECT 1; -- done')).toEqual({ ok: true, statement: 'SELECT 1' });
    expect(guardSql('SELECT 1; /* done */')).toEqual({ ok: true, statement: 'SELECT 1' });
    expect(guardSql('SELECT 1;;')).toEqual({ ok: true, statement: 'SELECT 1' });
    expect(guardSql('SELECT 1 -- note\n')).toEqual({ ok: true, statement: 'SELECT 1 -- note' });
  });

  it('sees through what only looks like a comment or a string', () => {
    // a line comment ends at the newline: what follows is read
    expect(guardSql('SELECT 1 --\nDELETE FROM t')).toEqual({ ok: false, reason: 'refused', keyword: 'DELETE' });
    expect(guardSql("SELECT 'a' || 'b'; DELETE FROM t")).toEqual({ ok: false, reason: 'many' });
    expect(guardSql('SELECT 4 / 2; DELETE FROM t')).toEqual({ ok: false, reason: 'many' });
    expect(guardSql('SELECT 1 /* c */ ; DELETE FROM t')).toEqual({ ok: false, reason: 'many' });
    expect(guardSql('SELECT $$a$$; DELETE FROM t')).toEqual({ ok: false, reason: 'many' });
    expect(guardSql('SELECT 1 /* a */ FROM t /* b */ WHERE x IN (SELECT y FROM u); DROP TABLE t')).toEqual({
      ok: false,
      reason: 'many',
    });
  });

  it('calls text with no statement empty', () => {
    for (const sql of ['', ';', ' ; ; ', '/* only */', '-- a\n-- b', "''"]) {
      expect(guardSql(sql), JSON.stringify(sql)).toEqual({ ok: false, reason: 'empty' });
    }
  });
});
