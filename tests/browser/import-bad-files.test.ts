import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { fixtureRows, reportsCsv } from '../fixtures/import-files.ts';
import { openSession, SHOTS, type Session } from './chromium.ts';
import { chooseFile, drawnQuarterTotals, importThrough } from './import-helpers.ts';

const baseUrl = inject('baseUrl');
// Eight engineers share two cores: a page load alone has taken 45 s under that load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
let s: Session;
let dir: string;
let before: Map<string, number>;
const good = fixtureRows(300, 11);
const header = 'report_id,occurred_at,operator,service_category,cause,duration_min,affected_users,region';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-bad-'));
  const f = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  f('good.csv', reportsCsv(good));
  f('empty.csv', '');
  f('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  f(
    'password.xlsx',
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 1)]),
  );
  f('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 1)]));
  f('corrupt.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(4096, 7)]));
  f('archive.csv', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
  f('wide.csv', Array.from({ length: 200 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(199) + '1\n');
  f(
    'quotes.csv',
    `${header}\nA,2023-01-25 10:00,X,other,unknown,300,5,東京都\nB,"2023-01-26 10:00,X,other,unknown,300,5,東京都\n`,
  );
  f('header-only.csv', `${header}\r\n`);
  f('wrong-header.csv', 'name,value,note\nfoo,1,x\nbar,2,y\n');
  f(
    'mixed.csv',
    `${header}\r\nA,2023-01-25 10:00,X,other,unknown,300,5,東京都\nB,2023-01-26 10:00,X,other,unknown,300,5,東京都\rC,2023-01-27 10:00,X,other,unknown,300,5,東京都\r\n`,
  );
  f(
    'bad-values.csv',
    [
      header,
      'A,2023-02-30 10:00,X,other,unknown,300,5,東京都',
      'B,2023-01-26 10:00,X,other,meteor,300,5,東京都',
      'C,2023-01-27 10:00,X,other,unknown,-5,5,東京都',
      'D,2023-01-27 10:00,X,other,unknown,300,999999999999,東京都',
      'A,2023-01-28 10:00,X,other,unknown,300,5,東京都',
      'E,2023-01-29 10:00,X,other,unknown,30,5,東京都',
      'F,2023-01-29 10:00,X,other,unknown,300,5,東京都,extra',
      'G,2023-01-30 10:00,X,other,unknown,1時間30分,約3.2万,東京都',
    ].join('\n') + '\n',
  );
  // a genuine Parquet file, cut in half
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(
    `COPY (SELECT * FROM read_csv('${join(dir, 'good.csv')}')) TO '${join(dir, 'whole.parquet')}' (FORMAT parquet)`,
  );
  const whole = readFileSync(join(dir, 'whole.parquet'));
  f('truncated.parquet', whole.subarray(0, Math.floor(whole.length / 2)));
  // 300 MB without writing 300 MB: a header, then a sparse tail
  f('huge.csv', `${header}\n`);
  truncateSync(join(dir, 'huge.csv'), 300 * 1024 * 1024);
  // large enough that reading it shows progress
  const big = reportsCsv(fixtureRows(2000, 3)).toString('utf8').split('\r\n').slice(1).join('\r\n');
  f('big.csv', header + '\r\n' + big.repeat(300));

  s = await openSession(baseUrl);
  await chooseFile(s.page, baseUrl, join(dir, 'good.csv'));
  await importThrough(s.page, '読み込み済み');
  await s.page.click('[data-testid="import-open-quarterly"]');
  before = await drawnQuarterTotals(s.page);
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function refused(file: string): Promise<{ code: string; text: string }> {
  await chooseFile(s.page, baseUrl, join(dir, file));
  const el = await s.page.waitForSelector('[data-testid="import-error"]', { timeout: 60_000 });
  return { code: (await el.getAttribute('data-code')) ?? '', text: (await el.textContent()) ?? '' };
}

describe('bad files get a specific message, and loaded data stays', () => {
  it.each([
    ['empty.csv', 'empty', 'ファイルが空です'],
    ['image.csv', 'binary', 'PNG'],
    ['archive.csv', 'zip_not_xlsx', 'ZIP ファイルですが'],
    ['password.xlsx', 'xlsx_encrypted', 'パスワードで保護'],
    ['old.xls', 'xls_old', '.xls'],
    ['corrupt.xlsx', 'xlsx_corrupt', 'Excel ファイルが壊れて'],
    ['truncated.parquet', 'parquet_corrupt', 'Parquet ファイルが壊れて'],
    ['wide.csv', 'too_many_columns', '200 列'],
    ['quotes.csv', 'unclosed_quote', '3 行目'],
    ['header-only.csv', 'header_only', '8 列'],
    ['huge.csv', 'too_large', '300.0 MB'],
  ])('%s: %s', async (file, code, words) => {
    const r = await refused(file);
    expect(r.code).toBe(code);
    expect(r.text).toContain(words);
  });

  it('states the size limit before any file is chosen', async () => {
    expect(await s.page.textContent('[data-testid="import-limits"]')).toContain('200 MB');
  });

  it('a file without the required columns cannot be validated, and says which are missing', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'wrong-header.csv'));
    await s.page.waitForSelector('[data-testid="import-missing"]');
    expect(await s.page.textContent('[data-testid="import-missing"]')).toContain('occurred_at');
    expect(await s.page.isDisabled('[data-testid="import-validate"]')).toBe(true);
  });

  it('mixed line endings are read and reported', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'mixed.csv'));
    await s.page.waitForSelector('[data-testid="import-mixed-line-ends"]');
    expect(await s.page.textContent('[data-testid="import-mixed-line-ends"]')).toContain('CRLF 2、LF 1、CR 1');
    await s.page.click('[data-testid="import-validate"]');
    await s.page.waitForSelector('[data-testid="import-report"]');
    expect(await s.page.textContent('[data-testid="import-valid"]')).toContain('3');
  });

  it('bad values are listed by row, column, value and why; the valid rows can be imported', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'bad-values.csv'));
    await s.page.click('[data-testid="import-validate"]');
    await s.page.waitForSelector('[data-testid="problem-table"]');
    const rows = await s.page
      .locator('[data-testid="problem-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.children[0]!.textContent,
          tr.children[1]!.textContent,
          tr.children[2]!.textContent,
          tr.getAttribute('data-code'),
        ]),
      );
    expect(rows).toEqual([
      ['2', 'occurred_at', '2023-02-30 10:00', 'no_such_date'],
      ['3', 'cause', 'meteor', 'allowed'],
      ['4', 'duration_min', '-5', 'negative'],
      ['5', 'affected_users', '999999999999', 'absurd'],
      ['6', 'report_id', 'A', 'duplicate'],
      ['7', 'duration_min', '30', 'below_criterion'],
      ['8', '', '9 fields', 'ragged'],
    ]);
    // E (below the criterion, flagged) and G (1時間30分, 約3.2万) are kept
    expect(await s.page.textContent('[data-testid="import-valid"]')).toContain(': 2');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click('[data-testid="import-problems-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF行,列,値')).toBe(true);
    expect(csv).toContain('2,occurred_at,2023-02-30 10:00,error,no_such_date');
    // the leading minus of a value is neutralised for spreadsheets
    expect(csv).toContain(`4,duration_min,'-5,error,negative`);
    await s.page.click('[data-testid="import-cancel"]');
    await s.page.waitForSelector('[data-testid="import-cancelled"]');
  });

  it('shows progress on a large file and cancels it', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'big.csv'));
    await s.page.waitForSelector('[data-testid="import-progress"], [data-testid="import-mapping"]');
    await s.page.screenshot({ path: `${SHOTS}/import-progress.png` });
    await s.page.click('[data-testid="import-cancel"]');
    await s.page.waitForSelector('[data-testid="import-cancelled"]');
  });

  it('after all of that, the dataset imported first is still there and charts the same', async () => {
    await s.page.goto(`${baseUrl}#/data`);
    await s.page.waitForSelector('[data-testid="imported-open"]', { timeout: 90_000 });
    expect(await s.page.locator('[data-testid="imported-table"] tbody tr').count()).toBe(1);
    await s.page.click('[data-testid="imported-open"]');
    expect(await drawnQuarterTotals(s.page)).toEqual(before);
    expect([...before.values()].reduce((a, b) => a + b, 0)).toBe(300);
    expect(s.consoleErrors).toEqual([]);
  });
});
