import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertFreshBuild } from '../browser/global-setup.ts';

const dir = mkdtempSync(join(tmpdir(), 'jiko-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (path: string, secondsAgo: number) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), 'x');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(join(dir, path), t, t);
};

describe('the browser project refuses a stale build', () => {
  it('refuses a missing dist/, accepts a fresh one and names the newer source of a stale one', () => {
    const dist = join(dir, 'dist');
    const src = join(dir, 'src');
    expect(() => assertFreshBuild(dist, [src])).toThrow(/dist\/ is missing/);
    file('src/a/b.ts', 100);
    file('dist/index.html', 50);
    expect(() => assertFreshBuild(dist, [src])).not.toThrow();
    file('src/a/c.ts', 10);
    expect(() => assertFreshBuild(dist, [src])).toThrow(`dist/ is older than ${src}`);
  });
});
