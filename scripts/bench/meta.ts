/** What a result was measured on: commit, build, browser and tool versions, machine and load average. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { CHROMIUM } from './browser.ts';

export function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export interface Meta {
  date: string;
  commit: string;
  dirtyFiles: number;
  chromium: string;
  userAgent: string;
  node: string;
  playwright: string;
  vite: string;
  machine: { nproc: number; cpu: string; memGiB: number; os: string; loadavgStart: number[]; loadavgEnd: number[] };
  dist: { dir: string; builtAt: string; newerSources: string[] };
  options: { runs: number; rows: number | null };
  durationS: number;
}

/** Read after the measurements, so that the load average at the end and the duration include them. */
export function collectMeta(m: {
  date: string;
  commit: string;
  userAgent: string;
  loadavgStart: number[];
  dist: string;
  builtAt: Date;
  newerSources: string[];
  options: Meta['options'];
  started: number;
}): Meta {
  const version = sh(CHROMIUM, ['--version']);
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const debian = existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : '';
  const pkg = (name: string) =>
    (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    date: m.date,
    commit: m.commit,
    dirtyFiles: sh('git', ['status', '--porcelain']).split('\n').filter(Boolean).length,
    chromium: version || 'unknown',
    userAgent: m.userAgent,
    node: process.version,
    playwright: pkg('playwright-core'),
    vite: pkg('vite'),
    machine: {
      nproc: Number(sh('nproc', [])) || cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memGiB: totalmem() / 1024 ** 3,
      os: `${/PRETTY_NAME="([^"]*)"/.exec(osRelease)?.[1] ?? 'unknown OS'}${debian ? ` (${debian})` : ''}`,
      loadavgStart: m.loadavgStart,
      loadavgEnd: loadavg(),
    },
    dist: {
      dir: relative(process.cwd(), m.dist) || '.',
      builtAt: m.builtAt.toISOString(),
      newerSources: m.newerSources,
    },
    options: m.options,
    durationS: (performance.now() - m.started) / 1000,
  };
}
