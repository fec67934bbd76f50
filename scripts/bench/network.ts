/** What the page fetched: requests to other origins, and when and how much each finished request transferred. */
import type { BrowserContext, Request } from 'playwright-core';
import type { NetEntry } from './types.ts';

/** Files whose network timing is reported (matched against the request path). */
const TRACKED: { key: string; re: RegExp }[] = [
  { key: 'index.js', re: /\/assets\/index-[^/]+\.js$/ },
  { key: 'duckdb worker', re: /\/assets\/duckdb-browser-[^/]+\.worker[^/]*\.js$/ },
  { key: 'duckdb wasm', re: /\/assets\/duckdb-[^/]+\.wasm$/ },
  { key: 'parquet wasm', re: /\/assets\/parquet_wasm[^/]*\.wasm$/ },
  { key: 'manifest.json', re: /\/data\/manifest\.json$/ },
  { key: 'sample_reports.parquet', re: /\/data\/sample_reports\.parquet$/ },
];

export interface RequestLog {
  foreignRequests: string[];
  /** In the order the requests finished (or failed). */
  finished: { req: Request; done: Promise<NetEntry | null> }[];
}

export function recordRequests(ctx: BrowserContext, origin: string): RequestLog {
  const foreignRequests: string[] = [];
  const finished: RequestLog['finished'] = [];
  ctx.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  const onDone = (req: Request) => {
    finished.push({
      req,
      done: (async () => {
        const t = req.timing();
        const res = await req.response().catch(() => null);
        const sizes = await req.sizes().catch(() => null);
        return {
          url: req.url(),
          status: res?.status() ?? null,
          bytes: sizes ? sizes.responseBodySize : null,
          start: t.startTime,
          end: t.responseEnd >= 0 ? t.startTime + t.responseEnd : null,
        };
      })(),
    });
  };
  ctx.on('requestfinished', onDone);
  ctx.on('requestfailed', onDone);
  return { foreignRequests, finished };
}

/** The first request of each tracked file, with times made relative to the page's navigation start. */
export function trackedFiles(entries: NetEntry[], timeOrigin: number): Record<string, NetEntry> {
  const rel = (e: NetEntry): NetEntry => ({
    ...e,
    start: e.start - timeOrigin,
    end: e.end === null ? null : e.end - timeOrigin,
  });
  const network: Record<string, NetEntry> = {};
  for (const e of entries) {
    const path = new URL(e.url).pathname;
    const tracked = TRACKED.find((t) => t.re.test(path));
    if (tracked && !network[tracked.key]) network[tracked.key] = rel(e);
  }
  return network;
}

export const bodyBytes = (list: (NetEntry | null)[]) => list.reduce((n, e) => n + (e?.bytes ?? 0), 0);
