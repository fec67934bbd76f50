import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { openApp, openSession, waitForIdle, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl);
});
afterAll(async () => s?.close());

/** Every view, and the selector that says it has drawn. */
const VIEWS: [string, string][] = [
  ['#/overview', '[data-testid="plot-duration-users"] svg'],
  ['#/cases', '[data-testid="case-row"]'],
  ['#/case/JP-2022-07', '[data-testid="case-page"]'],
  ['#/quarterly', '[data-testid="plot-quarterly-counts"] svg'],
  ['#/quarterly?ds=sample', '[data-testid="plot-quarterly-counts"] svg'],
  ['#/explore', '[data-testid="pivot-table"]'],
  ['#/data', '[data-testid="import-limits"]'],
  // the editor, and the schema listing the loaded tables
  ['#/sql', '.sql-view:has([data-testid="sql-schema"] details) [data-testid="sql-editor"]'],
];

describe('axe-core finds no serious or critical violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['ja', 'en'] as const) {
      for (const [hash, ready] of VIEWS) {
        it(`${hash} in ${lang}, ${scheme}`, async () => {
          await s.page.emulateMedia({ colorScheme: scheme });
          const sep = hash.includes('?') ? '&' : '?';
          // named in both languages: a link without lang keeps the tab's language (the last test's)
          await openApp(s, baseUrl, `${hash}${sep}lang=${lang}`);
          await s.page.waitForSelector(ready, { timeout: 30_000 });
          // a chart dimmed while its queries run is not what the contrast check is about: the settled page is
          await waitForIdle(s);
          expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(lang);
          expect(await axeViolations(s.page)).toEqual([]);
        });
      }
    }
  }
});

describe('axe-core on the SQL console with a result and its chart', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`runs the example query and charts it, ${scheme}`, async () => {
      await s.page.emulateMedia({ colorScheme: scheme });
      await openApp(s, baseUrl, '#/sql');
      await s.page.waitForSelector(VIEWS.find(([hash]) => hash === '#/sql')![1], { timeout: 30_000 });
      await s.page.click('[data-testid="sql-run"]');
      await s.page.waitForSelector('[data-testid="sql-result"]', { timeout: 30_000 });
      await s.page.click('[data-testid="sql-chart"]');
      await s.page.waitForSelector('[data-testid="plot-sql-result"] svg');
      await waitForIdle(s);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  }
});
