/**
 * Memory of the page: the resident memory of the browser's renderer processes (Linux /proc) and the page's JS heap
 * (CDP Runtime.getHeapUsage, the main thread's V8 isolate). The browser is the process whose command line holds
 * `--user-data-dir=<this run's profile>` and no `--type=`; its renderers are its descendants with `--type=renderer`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { MemorySample } from './types.ts';

const MB = 1e6;

interface Proc {
  pid: number;
  ppid: number;
  /** The command line, space-separated (Chromium's child processes rewrite theirs into one string anyway). */
  cmd: string;
}

const hasArg = (p: Proc, arg: string) => ` ${p.cmd} `.includes(` ${arg} `);

function procs(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(d), ppid, cmd });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return out;
}

/** kB field of a /proc file (`VmRSS:  1234 kB`), in bytes; null when unreadable. */
function kbField(file: string, field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function browserTree(profile: string): { browser: Proc | null; tree: Proc[] } {
  const all = procs();
  const browser = all.find((p) => hasArg(p, `--user-data-dir=${profile}`) && !/(^| )--type=/.test(p.cmd)) ?? null;
  if (!browser) return { browser, tree: [] };
  const tree = [browser];
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return { browser, tree };
}

export async function pageMemory(ctx: BrowserContext, page: Page, profile: string): Promise<MemorySample> {
  const { browser, tree } = browserTree(profile);
  const renderers = tree
    .filter((p) => hasArg(p, '--type=renderer'))
    .map((p) => ({
      pid: p.pid,
      webui: hasArg(p, '--top-chrome-webui'),
      rss: kbField(`/proc/${p.pid}/status`, 'VmRSS'),
      pss: kbField(`/proc/${p.pid}/smaps_rollup`, 'Pss'),
    }));
  const sum = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : xs.reduce<number>((n, x) => n + x!, 0));
  const treeRss = sum(tree.map((p) => kbField(`/proc/${p.pid}/status`, 'VmRSS')));
  type Heap = { usedSize: number; totalSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number };
  let heap: Heap | null = null;
  const cdp = await ctx.newCDPSession(page);
  try {
    heap = (await cdp.send('Runtime.getHeapUsage')) as Heap;
  } catch {
    heap = null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const mb = (b: number | null | undefined) => (b === null || b === undefined ? null : b / MB);
  const largest = renderers.reduce<number | null>(
    (m, r) => (r.rss !== null && (m === null || r.rss > m) ? r.rss : m),
    null,
  );
  return {
    browserPid: browser?.pid ?? null,
    renderers: renderers.map((r) => ({ pid: r.pid, webui: r.webui, rssMB: mb(r.rss), pssMB: mb(r.pss) })),
    rendererRssMB: renderers.length ? mb(sum(renderers.map((r) => r.rss))) : null,
    rendererPssMB: renderers.length ? mb(sum(renderers.map((r) => r.pss))) : null,
    largestRendererRssMB: mb(largest),
    browserTreeRssMB: tree.length ? mb(treeRss) : null,
    jsHeapUsedMB: mb(heap?.usedSize),
    jsHeapTotalMB: mb(heap?.totalSize),
    embedderHeapMB: mb(heap?.embedderHeapUsedSize),
    backingStorageMB: mb(heap?.backingStorageSize),
  };
}
