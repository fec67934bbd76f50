/**
 * npm run data: validates data/sources/*.csv against the schema and writes Parquet + manifest.json to public/data/.
 * A bad source value stops the build with file, line and column.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildPublicRecord } from '../src/data/public-record/index.ts';
import { SourceError } from '../src/data/public-record/source-error.ts';
import { PUBLIC_TABLES } from '../src/data/schema.ts';
import type { Manifest } from '../src/data/manifest.ts';
import { writeParquet } from './lib/write-parquet.ts';

export async function buildData(sourceDir: string, outDir: string): Promise<Manifest> {
  const record = buildPublicRecord((f) => readFileSync(join(sourceDir, f), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await db.connect();
  const tables = [];
  for (const table of PUBLIC_TABLES) {
    const rows = record[table.name as keyof typeof record];
    const file = `${table.name}.parquet`;
    await writeParquet(con, table, rows, join(outDir, file));
    tables.push({ name: table.name, file, rows: rows.length });
  }
  con.closeSync();
  const manifest: Manifest = {
    schemaVersion: 1,
    datasets: [{ id: 'public', synthetic: false, tables }],
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  try {
    const manifest = await buildData('data/sources', 'public/data');
    const summary = manifest.datasets.flatMap((d) => d.tables.map((t) => `${t.name} ${t.rows}`)).join(', ');
    console.log(`data: ${summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`data: invalid source, nothing written: data/sources/${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
