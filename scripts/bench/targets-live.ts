/**
 * The target rows for the brush frame, the page's memory and the PPTX (issue 10), each with what limits it, read
 * from the per-step and per-run figures: the worker's share of a brush step, the KPIs, the JS heap.
 */
import { fmt } from './md-table.ts';
import type { ScaleResult, Stat } from './types.ts';

const status = (met: boolean | null | 'recorded') =>
  met === 'recorded' ? 'recorded' : met === null ? 'not measured' : met ? '**met**' : '**missed**';

export function newTargets(summary: Record<string, Stat>, scale: ScaleResult | null): string[] {
  const L: string[] = [];
  const row = (target: string, value: string, met: boolean | null | 'recorded', note: string) =>
    L.push(`| ${target} | ${value} | ${status(met)} | ${note} |`);
  const m = (s: Record<string, Stat> | undefined, k: string) => s?.[k]?.median ?? null;
  const at = scale ? ` (measured ${scale.date}, \`${scale.commit}\`)` : '';
  const rows = scale ? `${(scale.rows / 1e6).toLocaleString('en-US')}M rows` : '1M rows';
  const S = scale?.summary;
  const load = (s: Record<string, Stat> | undefined) => {
    const a = s?.['load1.start'];
    return a?.min == null || a.max == null ? '' : `; load ${a.min.toFixed(1)}–${a.max.toFixed(1)}`;
  };

  const brush = m(S, 'brush.medianRest');
  row(
    `brush frame ≤ 16 ms (${rows})`,
    brush === null
      ? '—'
      : `${fmt(brush)} ms median of steps 2+ (first step ${fmt(m(S, 'brush.first'))}, max ${fmt(m(S, 'brush.max'))}; ` +
          `108k rows: ${fmt(m(summary, 'brush.medianRest'))})${at}`,
    brush === null ? null : brush <= 16,
    brush === null
      ? scale
        ? 'not in this `--rows` result (older bench)'
        : 'run with `--rows 1000000`'
      : `DuckDB worker busy ${fmt(m(S, 'brush.sql'))} ms, ${fmt(m(S, 'brush.queries'))} queries per step; ` +
          `the pointermove dispatched after ${fmt(m(S, 'brush.dispatch'))} ms, histograms replaced at ` +
          `${fmt(m(S, 'brush.dom'))} ms, then the frame; KPIs at ${fmt(m(S, 'brush.kpi'))} ms${load(S)}`,
  );

  const mem = m(S, 'mem.rendererRss');
  row(
    `page process memory ≤ 800 MB (${rows})`,
    mem === null
      ? '—'
      : `${fmt(mem)} MB renderers' VmRSS (page's process ${fmt(m(S, 'mem.largest'))}; 108k rows: ${fmt(m(summary, 'mem.rendererRss'))})${at}`,
    mem === null ? null : mem <= 800,
    mem === null
      ? 'run with `--rows 1000000`'
      : `JS heap ${fmt(m(S, 'mem.heapUsed'))} MB of it: the rest is the workers' wasm memory (DuckDB, parquet-wasm) and Blink`,
  );
  const heap = m(S, 'mem.heapUsed');
  row(
    `JS heap (${rows}; no target)`,
    heap === null ? '—' : `${fmt(heap)} MB used, main thread (108k rows: ${fmt(m(summary, 'mem.heapUsed'))})${at}`,
    heap === null ? null : 'recorded',
    'workers’ heaps not included (CDP Runtime.getHeapUsage of the page)',
  );

  const pptx = m(summary, 'pptx.download');
  row(
    'PPTX of 6 charts ≤ 1 s',
    pptx === null ? '—' : `${fmt(pptx)} ms click → download (in page ${fmt(m(summary, 'pptx.link'))} ms)`,
    pptx === null ? null : pptx <= 1000,
    pptx === null
      ? 'not measured'
      : `PptxGenJS building and zipping the deck (${fmt(m(summary, 'pptx.kB'))} kB) on the main thread${load(summary)}`,
  );
  return L;
}
