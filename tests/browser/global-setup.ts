import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

/** The newest modification time of a file under `path` (the path itself when it is a file). */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Refuses a dist/ built before the latest change to the app or its data: the tests would check old code. */
export function assertFreshBuild(dist = 'dist', inputs = ['src', 'index.html', 'public/data']): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `vite build` before the browser tests');
  }
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const stale = inputs.filter((p) => existsSync(p) && newest(p) > built);
  if (stale.length > 0) {
    throw new Error(`dist/ is older than ${stale.join(', ')}: run \`vite build\` before the browser tests`);
  }
}

/** Serves the built app (dist/) on 127.0.0.1 for the browser tests, as `vite preview` would. */
export default async function setup(project: TestProject) {
  assertFreshBuild();
  server = await preview({ preview: { host: '127.0.0.1', port: 4179, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
