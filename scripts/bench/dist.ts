/** The build under test: its files, a snapshot of it, and whether sources changed after it was built. */
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.ts';

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Copies dist/ to a temp dir; fails if it changed while being copied or misses a file its index.html names. */
export function snapshot(dist: string): string {
  const before = statSync(join(dist, 'index.html')).mtimeMs;
  const snap = tempDir('jiko-bench-dist-');
  cpSync(dist, snap, { recursive: true });
  const html = readFileSync(join(snap, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((f) => !existsSync(join(snap, f)));
  if (statSync(join(dist, 'index.html')).mtimeMs !== before || missing.length) {
    throw new Error(`${dist} changed while it was being copied (being rebuilt?); run the bench again`);
  }
  return snap;
}

/** Files in src/, public/, index.html and vite.config.ts (relative to the working directory) newer than the build. */
export function sourcesNewerThan(builtAt: Date): string[] {
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .filter((p) => existsSync(p))
    .flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p]));
  return sources.filter((p) => statSync(p).mtime > builtAt);
}
