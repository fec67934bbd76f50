/**
 * A scripted brush over the quarterly chart: pointer down between two bars, then one pointer move per step, each
 * one bar further (so the brushed range grows by one quarter), waiting in the page after each move until both
 * histograms are redrawn and the next frame is out (BRUSH_JS), then for the KPI value, then for a quiet DOM.
 */
import type { Page } from 'playwright-core';
import { BRUSH_JS } from './brush-js.ts';
import { settle } from './interactions.ts';
import { stat } from './stats.ts';
import type { BrushResult, BrushStep } from './types.ts';

export const BRUSH_STEPS = 12;
/** A step ends once the histograms have not been redrawn, and DuckDB has had nothing to answer, for this long. */
const QUIET_MS = 150;
/** After the histograms are drawn, how long a step waits for the KPI value to change too. */
const KPI_WAIT_MS = 5_000;

interface Plan {
  error: string | null;
  y: number;
  start: number;
  xs: number[];
  pxPerQuarter: number;
  firstQuarter: number;
}
interface Watched {
  t0: number | null;
  dispatch: number | null;
  moves: number;
  kpi: number | null;
  first: number | null;
  final: number | null;
  frame: number | null;
  draws: number;
  sql: { busy: number; queries: number } | null;
  answeredBeforeFirst: number | null;
}

export async function brushDrag(page: Page, timeout: number): Promise<BrushResult> {
  await page.evaluate(BRUSH_JS);
  const plan = (await page.evaluate(`window.__bench.brushPlan(${BRUSH_STEPS})`)) as Plan;
  if (plan.error) return summarizeBrush([], plan.error, null);
  const steps: BrushStep[] = [];
  await page.mouse.move(plan.start, plan.y);
  await page.mouse.down();
  try {
    for (const [k, x] of plan.xs.entries()) {
      await page.evaluate(`window.__bench.brushArm(${timeout}, ${QUIET_MS}, ${KPI_WAIT_MS})`);
      await page.mouse.move(x, plan.y);
      const w = (await page.evaluate('window.__bench.brushWatch')) as Watched;
      const since = (t: number | null) => (w.t0 === null || t === null ? null : t - w.t0);
      steps.push({
        quarters: k + 1,
        frame: since(w.frame),
        dom: since(w.final),
        dispatch: w.dispatch,
        firstDraw: since(w.first),
        draws: w.draws,
        answeredBeforeFirst: w.answeredBeforeFirst,
        kpi: since(w.kpi),
        pointerMoves: w.moves,
        sqlBusy: w.sql?.busy ?? null,
        queries: w.sql?.queries ?? null,
      });
      await settle(page);
    }
  } finally {
    await page.mouse.up();
  }
  await settle(page);
  return summarizeBrush(steps, null, plan.pxPerQuarter);
}

function summarizeBrush(steps: BrushStep[], error: string | null, pxPerQuarter: number | null): BrushResult {
  const frames = steps.map((s) => s.frame);
  const all = stat(frames);
  const rest = (
    k: 'dom' | 'dispatch' | 'firstDraw' | 'draws' | 'answeredBeforeFirst' | 'kpi' | 'sqlBusy' | 'queries',
  ) => stat(steps.slice(1).map((s) => s[k])).median;
  return {
    steps,
    error,
    pxPerQuarter,
    first: frames[0] ?? null,
    median: all.median,
    max: all.max,
    medianRest: stat(frames.slice(1)).median,
    maxRest: stat(frames.slice(1)).max,
    domRest: rest('dom'),
    dispatchRest: rest('dispatch'),
    firstDrawRest: rest('firstDraw'),
    drawsRest: rest('draws'),
    answeredBeforeFirstRest: rest('answeredBeforeFirst'),
    kpiRest: rest('kpi'),
    sqlRest: rest('sqlBusy'),
    queriesRest: rest('queries'),
  };
}
