import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, SHOTS, type Session } from './chromium.ts';

/** Hand-edited or truncated links: a notice, a fallback view, the shell intact, and Back still works. */
const baseUrl = inject('baseUrl');
let s: Session;
beforeAll(async () => {
  s = await openSession(baseUrl);
});
afterAll(async () => s?.close());

const go = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);

async function expectNotice(part: string) {
  const notice = s.page.locator('[data-testid="link-notice"]');
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.textContent()).toContain(`このリンクは壊れています (${part})`);
  expect(await s.page.locator('.app-header nav a').count()).toBeGreaterThan(0);
  expect(await s.page.locator('[data-testid="load-error"]').count()).toBe(0);
  expect(await s.page.locator('main').textContent()).not.toContain('データを読み込めませんでした');
}

describe('malformed links', () => {
  it('opening a case link with a stray % shows the cases list and a notice, not a blank page', async () => {
    await s.page.goto(`${baseUrl}#/case/100%`);
    await expectNotice('100%');
    await s.page.locator('[data-testid="cases-view"]').waitFor({ timeout: 60_000 });
    await s.page.screenshot({ path: `${SHOTS}/link-malformed.png` });
  });

  it('Back recovers from a malformed link', async () => {
    await go('#/overview');
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg');
    await go('#/case/%E0%A4%A');
    await expectNotice('%E0%A4%A');
    await s.page.goBack();
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg');
    expect(await s.page.locator('[data-testid="link-notice"]').count()).toBe(0);
  });

  it('a malformed route id on the quarterly view keeps the quarterly view', async () => {
    await go('#/quarterly/%');
    await expectNotice('%');
    await s.page.locator('[data-testid="stack-by"]').waitFor({ timeout: 30_000 });
  });

  it('a bad % in a filter or drill-down parameter gives the link notice, not a load error', async () => {
    await go('#/quarterly?op=100%');
    await expectNotice('op=100%');
    await s.page.locator('[data-testid="stack-by"]').waitFor({ timeout: 30_000 });
    await go('#/explore?drill=cause:%ZZ');
    await expectNotice('drill=cause:%ZZ');
    await s.page.locator('[data-testid="pivot-rows"]').waitFor({ timeout: 30_000 });
  });

  it('logged no page error', () => {
    expect(s.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
