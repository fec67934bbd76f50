/**
 * Import bench: a synthetic-sample CSV of N rows goes through the real file input of the built app; times each
 * step (read → mapping, validate → report, build + store + load → done) and samples the resident memory of every
 * Chromium process of the session (page, import worker, DuckDB worker) while it runs. Measures, asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { generateSample } from '../lib/sample-model.ts';
import { CHROMIUM } from './browser.ts';
import { removeTemp, tempDir } from './temp.ts';

export interface ImportBenchResult {
  rows: number;
  bytes: number;
  readMs: number;
  validateMs: number;
  storeMs: number;
  totalMs: number;
  peakRssMb: number;
  baselineRssMb: number;
}

const HEADER = 'report_id,occurred_at,operator,operator_type,service_category,cause,duration_min,affected_users,region';

/** Writes the first `rows` rows of the calibrated sample (scaled when more are asked for) as a UTF-8 CSV. */
export async function writeSampleCsv(path: string, rows: number): Promise<number> {
  const records = generateSample({ seed: 20260401, rows }).slice(0, rows);
  const out = createWriteStream(path);
  out.write(HEADER + '\n');
  for (const r of records) {
    const line = `${r.report_id},${r.occurred_at},${r.operator},${r.operator_type},${r.service_category},${r.cause},${r.duration_min},${r.affected_users},${r.region}\n`;
    if (!out.write(line)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  return records.length;
}

/** Sum of RSS (MB) of the processes whose command line names the profile directory. */
function rssOf(profile: string): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    let kb = 0;
    for (const line of out.split('\n')) if (line.includes(profile)) kb += Number(line.trim().split(/\s+/, 1)[0]) || 0;
    return kb / 1024;
  } catch {
    return 0;
  }
}

export async function benchImport(baseUrl: string, rows: number, timeout = 600_000): Promise<ImportBenchResult> {
  const work = tempDir('jiko-bench-import-');
  const profile = join(work, 'profile');
  const csv = join(work, `sample_${rows}.csv`);
  const written = await writeSampleCsv(csv, rows);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(profile))), 250);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${baseUrl}#/data`);
    await page.waitForSelector('[data-testid="import-file"]', { timeout });
    const baseline = rssOf(profile);
    const t0 = performance.now();
    await page.setInputFiles('[data-testid="import-file"]', csv);
    await page.waitForSelector('[data-testid="import-mapping"], [data-testid="import-error"]', { timeout });
    const t1 = performance.now();
    await page.click('[data-testid="import-validate"]');
    await page.waitForSelector('[data-testid="import-report"], [data-testid="import-error"]', { timeout });
    const t2 = performance.now();
    await page.click('[data-testid="import-commit"]');
    await page.waitForSelector('[data-testid="import-done"], [data-testid="import-error"]', { timeout });
    const t3 = performance.now();
    const error = await page.$('[data-testid="import-error"]');
    if (error) throw new Error(`import failed: ${await error.textContent()}`);
    return {
      rows: written,
      bytes: statSync(csv).size,
      readMs: t1 - t0,
      validateMs: t2 - t1,
      storeMs: t3 - t2,
      totalMs: t3 - t0,
      peakRssMb: Math.max(peak, rssOf(profile)),
      baselineRssMb: baseline,
    };
  } finally {
    clearInterval(sampler);
    await ctx.close();
    removeTemp(work);
  }
}

export function importMarkdown(results: ImportBenchResult[], meta: string): string {
  const rows = results.map(
    (r) =>
      `| ${r.rows.toLocaleString('en')} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${(r.readMs / 1000).toFixed(1)} s | ${(r.validateMs / 1000).toFixed(1)} s | ${(r.storeMs / 1000).toFixed(1)} s | ${(r.totalMs / 1000).toFixed(1)} s | ${r.baselineRssMb.toFixed(0)} MB | ${r.peakRssMb.toFixed(0)} MB |`,
  );
  return [
    '# Import bench (`npm run bench:import`)',
    '',
    'A CSV of the synthetic sample (jiko column names, UTF-8) imported through the real file input of the built',
    'app in headless Chromium. read = file → mapping step (worker parse); validate = mapping → report; store =',
    'Arrow + Parquet build, IndexedDB write and DuckDB load. RSS = all Chromium processes of the session (page,',
    'import worker, DuckDB worker), before the import and at its peak (sampled every 250 ms).',
    '',
    meta,
    '',
    '| rows | CSV | read | validate | store | total | RSS before | RSS peak |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}
