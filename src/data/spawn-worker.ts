import { LoadFailure, describeError, shortName, type FailurePart } from './load-failure.ts';

/**
 * Starts a worker from a blob: URL of its same-origin script. A worker loaded from its own URL gets its CSP only
 * from that response's headers, so on a static host that sends none it could fetch any origin; a blob: worker
 * inherits the page's policy (the <meta> CSP), so the workers are held to the same rules as the page.
 * The dev server serves workers as modules with imports, so there they load from their URL.
 */
export async function spawnWorker(
  url: string,
  part: FailurePart,
  opts: { name: string; devType: WorkerType },
): Promise<SpawnedWorker> {
  return watch(await createWorker(url, part, opts), url, part);
}

export interface SpawnedWorker {
  worker: Worker;
  /** Rejects with a LoadFailure naming the script when the worker reports an error (it never resolves). */
  failed: Promise<never>;
}

/** Listens from the start: a script that throws at once fires `error` before any later listener would see it. */
function watch(worker: Worker, url: string, part: FailurePart): SpawnedWorker {
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new LoadFailure(part, shortName(url), e.message || 'the worker script failed'));
    });
  });
  failed.catch(() => undefined);
  return { worker, failed };
}

async function createWorker(url: string, part: FailurePart, opts: { name: string; devType: WorkerType }) {
  if (import.meta.env.DEV) return new Worker(url, { type: opts.devType, name: opts.name });
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new LoadFailure(part, shortName(url), `could not be fetched (${describeError(e)})`);
  }
  if (!res.ok) throw new LoadFailure(part, shortName(url), `HTTP ${res.status}`);
  const script = new Blob([await res.text()], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(script), { name: opts.name });
}

/** An absolute URL, for code inside a blob: worker, where relative URLs have no base to resolve against. */
export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** Resolves once the URL answers a HEAD request with 2xx; names the file otherwise. */
export async function probe(url: string, part: FailurePart): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD' });
  } catch (e) {
    throw new LoadFailure(part, shortName(url), `could not be fetched (${describeError(e)})`);
  }
  if (!res.ok) throw new LoadFailure(part, shortName(url), `HTTP ${res.status}`);
}
