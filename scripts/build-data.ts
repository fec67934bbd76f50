/**
 * npm run data: validates data/sources/*.csv against the schema and writes Parquet + manifest.json to public/data/,
 * and snapshot.json: the first views' query results, so those views draw before DuckDB-WASM is up.
 * A bad source stops the build with `file:line: problem` and leaves public/data/ as it was: everything is written
 * into a temporary folder beside it, which replaces the old one only once the whole build has succeeded.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildPublicRecord } from './lib/public-record/index.ts';
import { CsvError } from './lib/csv.ts';
import { SourceError } from './lib/public-record/source-error.ts';
import { PUBLIC_TABLES } from '../src/domain/schema/tables.ts';
import type { Manifest } from '../src/data/manifest.ts';
import { SAMPLE_QUARTERLY_FILE, SAMPLE_REPORTS_FILE, writeSample } from './gen-sample.ts';
import { DEFAULT_SAMPLE_SEED } from './lib/sample-model.ts';
import { SOURCE_COLUMNS, type CsvSourceFile } from './lib/source-columns.ts';
import { readSources, readSourceText, SourceFileError } from './lib/source-gate.ts';
import { writeParquet } from './lib/write-parquet.ts';
import { writeSnapshot } from './lib/write-snapshot.ts';

/** Builds into a fresh folder next to `outDir` and swaps it in; on any failure `outDir` is left untouched. */
export async function buildData(sourceDir: string, outDir: string): Promise<Manifest> {
  const target = resolve(outDir);
  const staging = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const manifest = await buildInto(sourceDir, staging);
    const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function buildInto(sourceDir: string, outDir: string): Promise<Manifest> {
  const texts = readSources(sourceDir, SOURCE_COLUMNS);
  const record = buildPublicRecord((f) => texts.get(f as CsvSourceFile) ?? readSourceText(sourceDir, f));
  mkdirSync(outDir, { recursive: true });
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await db.connect();
  const tables = [];
  for (const table of PUBLIC_TABLES) {
    const rows = record[table.name as keyof typeof record];
    const file = `${table.name}.parquet`;
    await writeParquet(con, table, rows, join(outDir, file));
    tables.push({ name: table.name, schema: table.name, file, rows: rows.length });
  }
  await writeSnapshot(
    con,
    outDir,
    tables.map((t) => t.name),
  );
  con.closeSync();
  const sample = await writeSample(outDir, { seed: DEFAULT_SAMPLE_SEED });
  const quarterlyRows = await countRows(join(outDir, SAMPLE_QUARTERLY_FILE));
  const manifest: Manifest = {
    schemaVersion: 1,
    datasets: [
      {
        id: 'public',
        synthetic: false,
        provenance: 'jiko public record (data/sources: MIC documents and news reports, each row with its source)',
        tables,
      },
      {
        id: 'sample',
        synthetic: true,
        provenance: `SYNTHETIC sample, seed ${DEFAULT_SAMPLE_SEED} (scripts/gen-sample.ts, data/SAMPLE.md); not real reports`,
        tables: [
          { name: 'sample_reports', schema: 'reports', file: SAMPLE_REPORTS_FILE, rows: sample.rows },
          { name: 'sample_quarterly', schema: 'reports_quarterly', file: SAMPLE_QUARTERLY_FILE, rows: quarterlyRows },
        ],
      },
    ],
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function countRows(file: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const reader = await con.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM read_parquet('${file.replaceAll("'", "''")}')`,
  );
  const n = Number(reader.getRowObjectsJson()[0]?.n);
  con.closeSync();
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  try {
    const arg = (flag: string, fallback: string) => {
      const i = process.argv.indexOf(flag);
      return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
    };
    const manifest = await buildData(arg('--sources', 'data/sources'), arg('--out', 'public/data'));
    const summary = manifest.datasets.flatMap((d) => d.tables.map((t) => `${t.name} ${t.rows}`)).join(', ');
    console.log(`data: ${summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    if (e instanceof SourceError || e instanceof SourceFileError || e instanceof CsvError) {
      console.error(`data: invalid source, nothing written: ${e.message}`);
    } else {
      console.error(`data: build failed, nothing written: ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.JIKO_DEBUG) console.error(e);
    }
    process.exit(1);
  }
}
