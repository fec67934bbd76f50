/** dist/ size from disk: every file raw and gzip (zlib level 9), largest first. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk } from './dist.ts';
import type { FileSize } from './types.ts';

export function distSize(dir: string): { total: { raw: number; gzip: number; files: number }; files: FileSize[] } {
  const files = walk(dir).map((p) => {
    const buf = readFileSync(p);
    return { path: relative(dir, p), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  files.sort((a, b) => b.raw - a.raw);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, files: t.files + 1 }), {
    raw: 0,
    gzip: 0,
    files: 0,
  });
  return { total, files };
}

export type DistSize = ReturnType<typeof distSize>;
