import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Each bad variant of the sources must stop `npm run data` with exit 1, a `file:line: problem` line and no stack
 * trace, and must leave the output folder exactly as the previous build left it.
 */
const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'jiko-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const utf8 = (s: string) => Buffer.from(s, 'utf8');

interface Variant {
  name: string;
  /** Changes the copied sources; returns the message expected on stderr. */
  apply: (dir: string) => string;
}

const edit = (dir: string, file: string, f: (text: string) => string) =>
  writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));

const VARIANTS: Variant[] = [
  {
    name: 'a renamed column',
    apply: (d) => {
      edit(d, 'cases.csv', (t) => t.replace(',is_major,', ',major,'));
      return 'cases.csv:1: header "major": unknown column (did you mean "is_major"?)';
    },
  },
  {
    name: 'a missing column',
    apply: (d) => {
      writeFileSync(join(d, 'case_annotations.csv'), 'case_id,field,value,derived\n');
      return 'case_annotations.csv:1: header: missing column "from_text"';
    },
  },
  {
    name: 'a duplicated column',
    apply: (d) => {
      edit(d, 'fy_totals.csv', (t) => t.replace('major,source_url', 'source_url,source_url'));
      return 'fy_totals.csv:1: header "source_url": duplicate column';
    },
  },
  {
    name: 'Shift_JIS bytes',
    apply: (d) => {
      const text = readFileSync(join(d, 'cases.csv'), 'utf8');
      const line = lineOf(text, 'JP-2008-01');
      const at = text.indexOf('ソフトバンク');
      // 事故 in Shift_JIS: 0x8E96 0x8CCC, which is not UTF-8
      const bytes = Buffer.concat([
        utf8(text.slice(0, at)),
        Buffer.from([0x8e, 0x96, 0x8c, 0xcc]),
        utf8(text.slice(at)),
      ]);
      writeFileSync(join(d, 'cases.csv'), bytes);
      return `cases.csv:${line}: is not valid UTF-8`;
    },
  },
  {
    name: 'a U+FFFD replacement character',
    apply: (d) => {
      edit(d, 'case_notices.csv', (t) => t.replace(/\n([^,\n]*),/, '\n$1,\uFFFD'));
      const text = readFileSync(join(d, 'case_notices.csv'), 'utf8');
      return `case_notices.csv:${lineOf(text, '\uFFFD')}: contains U+FFFD`;
    },
  },
  ...(
    [
      ['U+000B', '\u000B'],
      ['U+0000', '\u0000'],
      ['U+FFFF', '\uFFFF'],
      ['U+202E', '\u202E'],
    ] as const
  ).map(([code, ch]): Variant => ({
    name: `the control character ${code}`,
    apply: (d) => {
      edit(d, 'cases.csv', (t) => t.replace('SoftBank Mobile Corp.', `SoftBank${ch} Mobile Corp.`));
      const text = readFileSync(join(d, 'cases.csv'), 'utf8');
      return `cases.csv:${lineOf(text, 'JP-2008-01')}: control character ${code} in a text field`;
    },
  })),
  {
    name: 'an empty file',
    apply: (d) => {
      writeFileSync(join(d, 'by_users.csv'), '');
      return 'by_users.csv:1: empty file';
    },
  },
  {
    name: 'a missing file',
    apply: (d) => {
      rmSync(join(d, 'by_duration.csv'));
      return 'by_duration.csv:1: missing';
    },
  },
  {
    name: 'a row with one field too many',
    apply: (d) => {
      edit(d, 'fy_totals.csv', (t) => t.replace('\n1999,,12,', '\n1999,,12,,'));
      return 'fy_totals.csv:2: expected 6 fields, found 7';
    },
  },
  {
    name: 'an unterminated quote',
    apply: (d) => {
      const text = readFileSync(join(d, 'case_annotations.csv'), 'utf8').trimEnd();
      writeFileSync(join(d, 'case_annotations.csv'), `${text}\nJP-2008-01,users_withheld,true,"never closed\n`);
      return `case_annotations.csv:${text.split('\n').length + 1}: unterminated quoted field`;
    },
  },
  {
    name: 'a hexadecimal number',
    apply: (d) => {
      edit(d, 'cases.csv', (t) => t.replace('2008-04-09T18:09+09:00,332,', '2008-04-09T18:09+09:00,0x14C,'));
      return 'cases.csv:2: column "duration_minutes": "0x14C" is not a non-negative number';
    },
  },
  {
    name: 'a javascript: source URL among the case sources',
    apply: (d) => {
      edit(d, 'cases.csv', (t) => t.replace(/\n(JP-2008-01[^\n]*?),https:\/\//, '\n$1,javascript:alert(1) https://'));
      return 'cases.csv:2: column "source_url": "javascript:alert(1)" is neither an http(s) URL nor a seed: document';
    },
  },
  {
    name: 'a non-http source URL of a yearly figure',
    apply: (d) => {
      edit(d, 'fy_totals.csv', (t) => t.replace('\n1999,,12,https://', '\n1999,,12,ftp://'));
      return 'fy_totals.csv:2: column "source_url": "ftp://';
    },
  },
];

function oldBuild(out: string) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'manifest.json'), '{"old": true}\n');
  writeFileSync(join(out, 'cases.parquet'), 'old parquet');
}

describe.concurrent('the data build rejects bad sources and leaves public/data/ untouched', () => {
  it.each(VARIANTS)('$name', { timeout: 120_000 }, async ({ apply }) => {
    const dir = mkdtempSync(join(root, 'v-'));
    const sources = join(dir, 'sources');
    cpSync('data/sources', sources, { recursive: true });
    const expected = apply(sources);
    const out = join(dir, 'data');
    oldBuild(out);
    const result = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/build-data.ts',
      '--sources',
      sources,
      '--out',
      out,
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`data: invalid source, nothing written: ${expected}`);
    expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(readdirSync(dir).sort()).toEqual(['data', 'sources']); // no temporary folder left behind
    expect(readdirSync(out).sort()).toEqual(['cases.parquet', 'manifest.json']);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"old": true}\n');
  });
});
