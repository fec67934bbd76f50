/** The metrics of the brush, memory and PPTX measurements and each run's load average (see brush.ts, memory.ts, pptx.ts). */
import type { Metric } from './stats.ts';

export const BRUSH_METRICS: Metric[] = [
  {
    key: 'brush.first',
    label: 'brush: first step (starts the brush) → both histograms + frame',
    get: (r) => r.brush?.first ?? null,
  },
  {
    key: 'brush.medianRest',
    label: '**brush: median of the other steps → both histograms + frame**',
    get: (r) => r.brush?.medianRest ?? null,
  },
  { key: 'brush.maxRest', label: '  max of the other steps', get: (r) => r.brush?.maxRest ?? null },
  { key: 'brush.max', label: '  max of all steps (first included)', get: (r) => r.brush?.max ?? null },
  {
    key: 'brush.dom',
    label: '  other steps: both histograms replaced (before the frame)',
    get: (r) => r.brush?.domRest ?? null,
  },
  {
    key: 'brush.dispatch',
    label: '  other steps: of which the pointermove waited to be dispatched (timeStamp → first listener)',
    get: (r) => r.brush?.dispatchRest ?? null,
  },
  {
    key: 'brush.firstDraw',
    label: '  other steps: both histograms first replaced',
    get: (r) => r.brush?.firstDrawRest ?? null,
  },
  {
    key: 'brush.answeredBeforeFirst',
    label: '  other steps: queries answered before that first replacement',
    get: (r) => r.brush?.answeredBeforeFirstRest ?? null,
  },
  { key: 'brush.draws', label: '  other steps: times a histogram was drawn', get: (r) => r.brush?.drawsRest ?? null },
  { key: 'brush.sql', label: '  other steps: DuckDB worker busy', get: (r) => r.brush?.sqlRest ?? null },
  { key: 'brush.queries', label: '  other steps: queries run', get: (r) => r.brush?.queriesRest ?? null },
  { key: 'brush.kpi', label: 'brush: other steps → KPI shows the new value', get: (r) => r.brush?.kpiRest ?? null },
  {
    key: 'brush.steps',
    label: '  steps measured',
    get: (r) => r.brush?.steps.filter((s) => s.frame !== null).length ?? null,
  },
];

export const MEMORY_METRICS: Metric[] = [
  {
    key: 'mem.rendererRss',
    label: '**renderer processes, VmRSS summed (MB), view loaded**',
    get: (r) => r.memory?.loaded?.rendererRssMB ?? null,
  },
  {
    key: 'mem.largest',
    label: '  largest renderer (the page), VmRSS',
    get: (r) => r.memory?.loaded?.largestRendererRssMB ?? null,
  },
  { key: 'mem.rendererPss', label: '  renderers, Pss summed', get: (r) => r.memory?.loaded?.rendererPssMB ?? null },
  {
    key: 'mem.tree',
    label: '  whole browser (every process), VmRSS summed',
    get: (r) => r.memory?.loaded?.browserTreeRssMB ?? null,
  },
  {
    key: 'mem.heapUsed',
    label: '**JS heap used (main thread, MB), view loaded**',
    get: (r) => r.memory?.loaded?.jsHeapUsedMB ?? null,
  },
  { key: 'mem.heapTotal', label: '  JS heap total', get: (r) => r.memory?.loaded?.jsHeapTotalMB ?? null },
  {
    key: 'mem.backing',
    label: '  backing stores (ArrayBuffers)',
    get: (r) => r.memory?.loaded?.backingStorageMB ?? null,
  },
  {
    key: 'mem.end.rendererRss',
    label: 'renderers, VmRSS summed, after the brush',
    get: (r) => r.memory?.end?.rendererRssMB ?? null,
  },
  { key: 'mem.end.heapUsed', label: 'JS heap used, after the brush', get: (r) => r.memory?.end?.jsHeapUsedMB ?? null },
];

export const PPTX_METRICS: Metric[] = [
  {
    key: 'pptx.download',
    label: '**PPTX of 6 charts: click → download event (Node)**',
    get: (r) => r.pptx?.clickToDownload ?? null,
  },
  {
    key: 'pptx.link',
    label: '  click event → the app clicks the download link (in page)',
    get: (r) => r.pptx?.clickToLink ?? null,
  },
  { key: 'pptx.add', label: '  adding the 6 charts (wall, both views shown again)', get: (r) => r.pptx?.addMs ?? null },
  { key: 'pptx.kB', label: '  .pptx size (kB)', get: (r) => (r.pptx?.bytes == null ? null : r.pptx.bytes / 1000) },
];

export const LOAD_METRICS: Metric[] = [
  {
    key: 'load1.start',
    label: 'load average (1 min) at the run’s start',
    get: (r) => r.load1?.start ?? null,
    digits: 1,
  },
  { key: 'load1.end', label: 'load average (1 min) at the run’s end', get: (r) => r.load1?.end ?? null, digits: 1 },
];

export const TARGET_METRICS = [...BRUSH_METRICS, ...MEMORY_METRICS, ...PPTX_METRICS, ...LOAD_METRICS];
