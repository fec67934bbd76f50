import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run data on a bad source', () => {
  it('exits non-zero, names file, line and column, and writes nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'jiko-bad-'));
    const sources = join(dir, 'sources');
    cpSync('data/sources', sources, { recursive: true });
    const cases = readFileSync(join(sources, 'cases.csv'), 'utf8').replace(',software_bug,', ',gremlins,');
    writeFileSync(join(sources, 'cases.csv'), cases);
    const line = cases.split('\n').findIndex((l) => l.includes(',gremlins,')) + 1;
    const out = join(dir, 'out');
    let stderr = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--sources', sources, '--out', out], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`cases.csv:${line}: column "cause_category": "gremlins" is not one of`);
    expect(existsSync(out)).toBe(false);
  });
});
