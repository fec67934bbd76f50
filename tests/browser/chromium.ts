import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = 'test-results';

export interface Session {
  ctx: BrowserContext;
  page: Page;
  /** Requests that tried to leave the page's origin (they are blocked, and recorded here). */
  foreignRequests: string[];
  consoleErrors: string[];
  close: () => Promise<void>;
}

/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Every request to another origin is
 * aborted and recorded, as if the network were unplugged; console errors and page errors are collected.
 */
export async function openSession(
  baseUrl: string,
  opts: { width?: number; height?: number; locale?: string } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'jiko-chrome-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1400, height: opts.height ?? 1000 },
    acceptDownloads: true,
    // The committee reads Japanese; tests of the English preference ask for en-US.
    locale: opts.locale ?? 'ja-JP',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  mkdirSync(SHOTS, { recursive: true });
  return {
    ctx,
    page,
    foreignRequests,
    consoleErrors,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How long a first load may take. JIKO_LOAD_TIMEOUT_MS: more on a machine shared by many runs; 30 s on an idle one. */
export const LOAD_TIMEOUT_MS = Number(process.env.JIKO_LOAD_TIMEOUT_MS ?? 30_000);

/**
 * Waits until DuckDB has loaded the public record and the loading screen is gone (the first views draw earlier,
 * from the snapshot: tests/browser/first-paint.test.ts).
 */
export async function waitForLoad(s: Session): Promise<void> {
  await s.page.waitForFunction(() => performance.getEntriesByName('data-loaded').length > 0, null, {
    timeout: LOAD_TIMEOUT_MS * 1.5,
  });
  await s.page.waitForSelector('main [data-testid="loading"]', { state: 'detached', timeout: LOAD_TIMEOUT_MS });
}

/** Opens a route of the app and waits until the data is loaded. */
export async function openApp(s: Session, baseUrl: string, hash = '#/overview'): Promise<void> {
  await s.page.goto(`${baseUrl}${hash}`);
  await waitForLoad(s);
}

/**
 * Waits until no query is pending: charts keep their previous rows, dimmed, while new ones run (aria-busy), so a
 * check of what a reader sees (contrast, values) waits for the settled page.
 */
export async function waitForIdle(s: Session): Promise<void> {
  await s.page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: LOAD_TIMEOUT_MS,
  });
}
