import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page. The source goes in through `evaluate` (the DevTools protocol), not a <script> tag,
 * so the app's Content-Security-Policy stays on while it is checked.
 */
export async function axeViolations(
  page: Page,
  minImpact: 'serious' | 'critical' = 'serious',
): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  const rank = { minor: 0, moderate: 1, serious: 2, critical: 3 } as Record<string, number>;
  return all.filter((v) => (rank[v.impact ?? 'minor'] ?? 0) >= rank[minImpact]!);
}
