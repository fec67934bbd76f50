/** --rows mode: an N-row synthetic sample swapped into a copy of dist/, then the same cold runs against it. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Manifest } from '../../src/data/manifest.ts';
import { SAMPLE_QUARTERLY_FILE, SAMPLE_REPORTS_FILE, writeSample } from '../gen-sample.ts';
import { measure } from './measure.ts';
import { serve } from './server.ts';
import { ALL_METRICS, summarize } from './stats.ts';
import { removeTemp, tempDir } from './temp.ts';
import type { ScaleResult } from './types.ts';

async function prepareScaleCopy(dist: string, rows: number) {
  const work = tempDir('jiko-bench-scale-');
  const gen = join(work, 'gen');
  const site = join(work, 'site');
  const t0 = performance.now();
  const res = await writeSample(gen, { rows });
  const ms = performance.now() - t0;
  const quarterlyPath = join(gen, SAMPLE_QUARTERLY_FILE);
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  let quarterlyRows: number;
  try {
    const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${quarterlyPath}')`);
    quarterlyRows = Number(r.getRowObjectsJS()[0]?.n);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  cpSync(dist, site, { recursive: true });
  const manifestPath = join(site, 'data', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const sample = manifest.datasets.find((d) => d.id === 'sample');
  if (!sample) throw new Error(`${manifestPath} has no "sample" dataset`);
  const counts: Record<string, number> = { reports: res.rows, reports_quarterly: quarterlyRows };
  const files: Record<string, string> = { reports: SAMPLE_REPORTS_FILE, reports_quarterly: SAMPLE_QUARTERLY_FILE };
  for (const t of sample.tables) {
    const file = files[t.schema];
    if (!file) throw new Error(`sample table ${t.name} has schema "${t.schema}", which the bench does not generate`);
    cpSync(join(gen, file), join(site, 'data', t.file));
    t.rows = counts[t.schema]!;
  }
  sample.provenance = `SYNTHETIC sample scaled to ${res.rows} rows for scripts/bench.ts; published FY totals NOT enforced`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return {
    work,
    site,
    generate: {
      ms,
      files: res.files.map((f) => ({ file: relative(gen, f.path), bytes: f.bytes })),
      quarterlyRows,
    },
    rows: res.rows,
  };
}

/** Writes the sample into a copy of the snapshot `dist`, serves it and times `runs` cold runs on it. */
export async function measureScale(
  dist: string,
  rows: number,
  runs: number,
  stamp: { date: string; commit: string },
): Promise<ScaleResult> {
  console.log(`scale: writing a ${rows}-row synthetic sample …`);
  const prep = await prepareScaleCopy(dist, rows);
  try {
    console.log(
      `  generated in ${(prep.generate.ms / 1000).toFixed(1)} s: ` +
        prep.generate.files.map((f) => `${f.file} ${f.bytes.toLocaleString('en-US')} B`).join(', '),
    );
    const s = await serve(prep.site);
    try {
      const r = await measure(s.url, runs, false, 180_000, `${rows} rows`, { pptx: false });
      return {
        rows: prep.rows,
        date: stamp.date,
        commit: stamp.commit,
        generate: prep.generate,
        runs: r.cold,
        summary: summarize(r.cold, ALL_METRICS),
      };
    } finally {
      await s.server.close();
    }
  } finally {
    removeTemp(prep.work);
  }
}
