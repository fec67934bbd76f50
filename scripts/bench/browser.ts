/** Chromium sessions: a fresh profile per cold run, the last one kept for a warm relaunch. */
import { chromium, type BrowserContext } from 'playwright-core';
import { runOnce } from './run.ts';
import { removeTemp, tempDir } from './temp.ts';
import type { RunResult } from './types.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Foreign requests fail at DNS instead of going through Playwright's request interception, which would put
      // every request of the page (the 33 MB wasm too) through a round trip to this process.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/** What a run measures besides the page and the interactions. */
export interface RunOptions {
  pptx: boolean;
}

export async function coldRun(baseUrl: string, timeout: number, keepProfile: boolean, opts: RunOptions) {
  const profile = tempDir('jiko-bench-chrome-');
  let ctx: BrowserContext | undefined;
  try {
    ctx = await launch(profile);
    const r = await runOnce(ctx, baseUrl, 'cold', timeout, { ...opts, profile });
    return { result: r, profile: keepProfile ? profile : null };
  } finally {
    await ctx?.close();
    if (!keepProfile) removeTemp(profile);
  }
}

export async function warmRun(baseUrl: string, profile: string, timeout: number, opts: RunOptions): Promise<RunResult> {
  let ctx: BrowserContext | undefined;
  try {
    ctx = await launch(profile);
    return await runOnce(ctx, baseUrl, 'warm', timeout, { ...opts, profile });
  } finally {
    await ctx?.close();
    removeTemp(profile);
  }
}
