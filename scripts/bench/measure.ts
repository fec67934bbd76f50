/** N cold runs (+ one warm run) against one server, with a progress line per run. */
import { coldRun, warmRun, type RunOptions } from './browser.ts';
import type { Ms, RunResult } from './types.ts';

function line(r: RunResult): string {
  const f = (x: Ms) => (x === null ? '—' : x.toFixed(0));
  const ready = r.marks['duckdb-ready'];
  return (
    `ready ${f(ready ?? null)}, chart ${f(r.firstChartWall)} ms wall; quarterly ${f(r.quarterlyToChart.dom)}, ` +
    `filter→kpi ${f(r.filterToKpi.dom)}, filter→chart ${f(r.filterToChart.dom)}, stack→chart ${f(r.stackToChart.dom)}; ` +
    `brush first ${f(r.brush?.first ?? null)} / median ${f(r.brush?.medianRest ?? null)} / max ${f(r.brush?.max ?? null)}, ` +
    `renderers ${f(r.memory?.loaded?.rendererRssMB ?? null)} MB, heap ${f(r.memory?.loaded?.jsHeapUsedMB ?? null)} MB` +
    (r.pptx ? `, pptx ${f(r.pptx.clickToDownload)}` : '') +
    ` (load ${r.load1?.start.toFixed(1) ?? '—'}→${r.load1?.end.toFixed(1) ?? '—'})` +
    (r.measureErrors?.length ? `; ${r.measureErrors.join('; ')}` : '') +
    (r.consoleErrors.length ? `; ${r.consoleErrors.length} console error(s)` : '')
  );
}

export async function measure(
  baseUrl: string,
  runs: number,
  withWarm: boolean,
  timeout: number,
  label: string,
  opts: RunOptions,
) {
  const cold: RunResult[] = [];
  let keptProfile: string | null = null;
  for (let i = 0; i < runs; i++) {
    const keep = withWarm && i === runs - 1;
    const { result, profile } = await coldRun(baseUrl, timeout, keep, opts);
    if (profile) keptProfile = profile;
    cold.push(result);
    console.log(`  ${label} cold ${i + 1}/${runs}: ${line(result)}`);
  }
  let warm: RunResult | null = null;
  if (keptProfile) {
    warm = await warmRun(baseUrl, keptProfile, timeout, opts);
    console.log(`  ${label} warm: ${line(warm)}`);
  }
  return { cold, warm };
}
