/**
 * Import bench of the BUILT app: `npx vite build && npx tsx scripts/bench-import.ts [--rows 100000,1000000] [--dist DIR]`.
 * Writes bench/IMPORT.md. See scripts/bench/import.ts for what is measured.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { benchImport, importMarkdown, type ImportBenchResult } from './bench/import.ts';
import { serve } from './bench/server.ts';
import { removeAllTemps, removeTempsOnSignal } from './bench/temp.ts';

removeTempsOnSignal();

async function main() {
  const i = process.argv.indexOf('--rows');
  const sizes = (i >= 0 ? process.argv[i + 1]! : '100000,1000000').split(',').map(Number);
  const d = process.argv.indexOf('--dist');
  const { server, url } = await serve(resolve(d >= 0 ? process.argv[d + 1]! : 'dist'));
  const results: ImportBenchResult[] = [];
  const load = loadavg()[0]!;
  try {
    for (const rows of sizes) {
      console.log(`importing ${rows} rows…`);
      const r = await benchImport(url, rows);
      console.log(JSON.stringify(r));
      results.push(r);
    }
  } finally {
    await server.close();
    removeAllTemps();
  }
  const meta = `Measured ${new Date().toISOString().slice(0, 16)}Z on ${cpus().length} cores, load average ${load.toFixed(1)} at the start${load > cpus().length / 2 ? ' (busy machine: numbers inflated)' : ''}.`;
  writeFileSync('bench/IMPORT.md', importMarkdown(results, meta));
  console.log('wrote bench/IMPORT.md');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
