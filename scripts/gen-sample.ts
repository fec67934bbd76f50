/**
 * Writes the SYNTHETIC sample (see data/SAMPLE.md):
 *   <out>/sample_reports.parquet    one row per quarterly-reported accident
 *   <out>/sample_quarterly.parquet  pre-aggregated by fiscal year, quarter, cause and service category
 *
 * Usage: npx tsx scripts/gen-sample.ts [--seed N] [--rows N] [--out DIR]
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance, timestampValue } from '@duckdb/node-api';
import {
  DEFAULT_SAMPLE_SEED,
  SAMPLE_REPORT_COLUMNS,
  generateSample,
  sampleTargets,
  type GenerateOptions,
} from './lib/sample-model.ts';

export const SAMPLE_REPORTS_FILE = 'sample_reports.parquet';
export const SAMPLE_QUARTERLY_FILE = 'sample_quarterly.parquet';

export interface WriteSampleResult {
  rows: number;
  files: { path: string; bytes: number }[];
  ms: { generate: number; load: number; write: number };
}

const QUARTERLY_SQL = `
  SELECT fiscal_year, quarter, cause, cause_group, service_category,
         count(*)::BIGINT AS accidents,
         count(*) FILTER (WHERE is_major)::BIGINT AS major,
         sum(affected_users)::BIGINT AS users_sum,
         quantile_cont(duration_min, 0.5)::DOUBLE AS duration_median,
         quantile_cont(duration_min, 0.9)::DOUBLE AS duration_p90,
         max(duration_min)::DOUBLE AS duration_max
  FROM sample_reports
  GROUP BY fiscal_year, quarter, cause, cause_group, service_category
  ORDER BY fiscal_year, quarter, cause, service_category`;

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** JST wall-clock 'YYYY-MM-DD HH:MM:SS' → microseconds of that wall-clock time on the UTC axis (TIMESTAMP). */
function wallClockMicros(s: string): bigint {
  return BigInt(Date.parse(`${s.replace(' ', 'T')}Z`)) * 1000n;
}

export async function writeSample(outDir: string, opts: Partial<GenerateOptions> = {}): Promise<WriteSampleResult> {
  const seed = opts.seed ?? DEFAULT_SAMPLE_SEED;
  const genOpts: GenerateOptions = { seed, ...(opts.fiscalYears && { fiscalYears: opts.fiscalYears }) };
  if (opts.rows !== undefined) genOpts.rows = opts.rows;

  const t0 = performance.now();
  const records = generateSample(genOpts);
  const t1 = performance.now();

  mkdirSync(outDir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    await con.run('SET threads = 1');
    const columns = SAMPLE_REPORT_COLUMNS.map((c) => `${c.name} ${c.type} NOT NULL`).join(', ');
    await con.run(`CREATE TABLE sample_reports (${columns})`);
    const app = await con.createAppender('sample_reports');
    for (const r of records) {
      app.appendVarchar(r.report_id);
      app.appendTimestamp(timestampValue(wallClockMicros(r.occurred_at)));
      app.appendInteger(r.fiscal_year);
      app.appendInteger(r.quarter);
      app.appendVarchar(r.operator);
      app.appendVarchar(r.operator_type);
      app.appendVarchar(r.service_category);
      app.appendVarchar(r.cause);
      app.appendVarchar(r.cause_group);
      app.appendDouble(r.duration_min);
      app.appendBigInt(BigInt(r.affected_users));
      app.appendVarchar(r.region);
      app.appendBoolean(r.is_major);
      app.appendBoolean(r.is_synthetic);
      app.endRow();
    }
    app.closeSync();
    const t2 = performance.now();

    const targets = sampleTargets(genOpts);
    const meta = {
      synthetic: 'true',
      generator: 'jiko scripts/gen-sample.ts',
      seed: String(seed),
      mode: opts.rows === undefined ? 'calibrated' : 'scaled',
      fiscal_years: `${targets[0]?.fiscalYear}-${targets.at(-1)?.fiscalYear}`,
      doc: 'data/SAMPLE.md',
    };
    const kv = Object.entries(meta)
      .map(([k, v]) => `${k}: ${sqlString(v)}`)
      .join(', ');
    const options = `FORMAT parquet, COMPRESSION zstd, KV_METADATA {${kv}}`;
    const reportsPath = join(outDir, SAMPLE_REPORTS_FILE);
    const quarterlyPath = join(outDir, SAMPLE_QUARTERLY_FILE);
    await con.run(`COPY (SELECT * FROM sample_reports ORDER BY report_id) TO ${sqlString(reportsPath)} (${options})`);
    await con.run(`COPY (${QUARTERLY_SQL}) TO ${sqlString(quarterlyPath)} (${options})`);
    const t3 = performance.now();

    return {
      rows: records.length,
      files: [reportsPath, quarterlyPath].map((path) => ({ path, bytes: statSync(path).size })),
      ms: { generate: t1 - t0, load: t2 - t1, write: t3 - t2 },
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

function int(flag: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || !Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
  return n;
}

function parseArgs(argv: string[]): { out: string; opts: Partial<GenerateOptions> } {
  const opts: Partial<GenerateOptions> = {};
  let out = 'public/data';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = int(a, argv[++i]);
    else if (a === '--rows') opts.rows = int(a, argv[++i]);
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a directory');
      out = v;
    } else if (a === '-h' || a === '--help') {
      console.log('usage: npx tsx scripts/gen-sample.ts [--seed N] [--rows N] [--out DIR]  (see data/SAMPLE.md)');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return { out, opts };
}

async function main() {
  const { out, opts } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const res = await writeSample(resolve(out), opts);
  const total = performance.now() - started;
  const mode =
    opts.rows === undefined
      ? 'calibrated to published FY totals'
      : `scaled to ${opts.rows} rows; published FY totals NOT enforced`;
  console.log(`SYNTHETIC sample, seed ${opts.seed ?? DEFAULT_SAMPLE_SEED}, ${res.rows} rows (${mode})`);
  for (const f of res.files) console.log(`  ${f.path}  ${f.bytes.toLocaleString('en-US')} B`);
  const { generate, load, write } = res.ms;
  console.log(
    `  generate ${generate.toFixed(0)} ms, load ${load.toFixed(0)} ms, write ${write.toFixed(0)} ms, total ${total.toFixed(0)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
