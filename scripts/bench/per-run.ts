/** RESULTS.md's section for the brush, memory and PPTX figures: the summary, then one line per run with its load. */
import { fmt, table } from './md-table.ts';
import type { Metric } from './stats.ts';
import type { RunResult, Stat } from './types.ts';

function perRun(runs: RunResult[], warm: RunResult | null, withPptx: boolean): string[] {
  const head = [
    'run',
    'load (1 min) start → end',
    'brush: 1st step',
    'brush: median of the others',
    'brush: max',
    'brush: KPI (median)',
    'renderers VmRSS (MB)',
    'JS heap used (MB)',
    ...(withPptx ? ['PPTX: click → download'] : []),
  ];
  const L = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  const all = [...runs.map((r, i) => [`${i + 1}`, r] as const), ...(warm ? [['warm', warm] as const] : [])];
  for (const [name, r] of all) {
    const load = r.load1 ? `${r.load1.start.toFixed(1)} → ${r.load1.end.toFixed(1)}` : '—';
    const cells = [
      name,
      load,
      fmt(r.brush?.first ?? null),
      fmt(r.brush?.medianRest ?? null),
      fmt(r.brush?.max ?? null),
      fmt(r.brush?.kpiRest ?? null),
      fmt(r.memory?.loaded?.rendererRssMB ?? null),
      fmt(r.memory?.loaded?.jsHeapUsedMB ?? null),
      ...(withPptx ? [fmt(r.pptx?.clickToDownload ?? null)] : []),
    ];
    L.push(`| ${cells.join(' | ')} |`);
  }
  return L;
}

export function targetSection(
  metrics: Metric[],
  summary: Record<string, Stat>,
  runs: RunResult[],
  warm: RunResult | null,
  withPptx: boolean,
): string[] {
  const L = [...table(metrics, summary, warm), '', 'Per run:', '', ...perRun(runs, warm, withPptx), ''];
  const errors = [...new Set([...runs, ...(warm ? [warm] : [])].flatMap((r) => r.measureErrors ?? []))];
  if (errors.length) L.push(...errors.map((e) => `- not measured in a run: \`${e.replaceAll('`', "'")}\``), '');
  return L;
}
