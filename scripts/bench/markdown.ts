/** RESULTS.md: tables of the summaries, the kept commentary, dist size, console errors and foreign requests. */
import { COMMENTARY_END, COMMENTARY_START } from './commentary.ts';
import type { DistSize } from './dist-size.ts';
import type { Meta } from './meta.ts';
import { fmt, table } from './md-table.ts';
import { targetSection } from './per-run.ts';
import { INTERACTION_METRICS, PAGE_METRICS, SPLIT_METRICS, stat } from './stats.ts';
import { BRUSH_STEPS } from './brush.ts';
import { BRUSH_METRICS, LOAD_METRICS, MEMORY_METRICS, TARGET_METRICS } from './target-metrics.ts';

export { fmt };
import type { RunResult, ScaleResult, Stat } from './types.ts';

const kib = (b: number) => (b / 1024).toLocaleString('en-US', { maximumFractionDigits: b < 10 * 1024 ? 1 : 0 });
const mib = (b: number) => (b / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
const bytesText = (b: number) => (b < 1024 * 1024 ? `${kib(b)} KiB` : `${mib(b)} MiB`);

export function renderMarkdown(
  meta: Meta,
  base: { cold: RunResult[]; warm: RunResult | null; summary: Record<string, Stat> },
  size: DistSize,
  scale: ScaleResult | null,
  scaleCarried: boolean,
  commentary: string,
  targets: string[] = [],
): string {
  const L: string[] = [];
  const la = (a: number[]) => a.map((x) => x.toFixed(2)).join(' / ');
  L.push('# Benchmark results');
  L.push('');
  L.push('<!-- Written by scripts/bench.ts: everything outside the commentary block is replaced on every run. -->');
  L.push('');
  L.push(
    `- **Date:** ${meta.date} · **commit** \`${meta.commit}\`${meta.dirtyFiles ? ` (+${meta.dirtyFiles} uncommitted changes in the tree)` : ''}`,
  );
  L.push(
    `- **dist/:** \`${meta.dist.dir}\`, built ${meta.dist.builtAt}` +
      (meta.dist.newerSources.length
        ? ` — **${meta.dist.newerSources.length} source file(s) are newer than the build** (e.g. ${meta.dist.newerSources
            .slice(0, 3)
            .map((f) => `\`${f}\``)
            .join(', ')})`
        : ''),
  );
  L.push(
    `- **Browser:** ${meta.chromium} (headless, playwright-core ${meta.playwright}), Node ${meta.node}, vite ${meta.vite} \`preview()\` on 127.0.0.1 (gzip on the fly except .wasm, \`Cache-Control: no-cache\`, no throttling)`,
  );
  L.push(
    `- **Machine:** \`nproc\` = ${meta.machine.nproc} (${meta.machine.cpu}), ${meta.machine.memGiB.toFixed(1)} GiB RAM, ${meta.machine.os}; ` +
      `load average (1/5/15 min) ${la(meta.machine.loadavgStart)} at start, ${la(meta.machine.loadavgEnd)} at end (includes the bench itself)`,
  );
  L.push(
    `- **Method:** ${meta.options.runs} cold runs (fresh Chromium profile each) + 1 warm run (Chromium relaunched on the last cold run's profile); ` +
      `ms; page numbers are from navigation start, interactions from the triggering event. Took ${meta.durationS.toFixed(0)} s.`,
  );
  L.push('');
  L.push('## Commentary');
  L.push('');
  L.push(COMMENTARY_START);
  L.push(commentary);
  L.push(COMMENTARY_END);
  L.push('');
  L.push(...targets);
  L.push('## Page → first chart (`#/overview`, ms from navigation start)');
  L.push('');
  L.push(...table(PAGE_METRICS, base.summary, base.warm));
  L.push('');
  L.push('Where the time goes (differences of the marks above, per run, then median):');
  L.push('');
  L.push(...table(SPLIT_METRICS, base.summary, base.warm));
  L.push('');
  L.push('## Interactions (same page, after the first chart; ms from the click / change event)');
  L.push('');
  L.push(...table(INTERACTION_METRICS, base.summary, base.warm));
  L.push('');
  const c0 = base.cold[0];
  if (c0) L.push(`KPI \`kpi-accidents-value\` before → after the filter: ${c0.kpiBefore} → ${c0.kpiAfter}.`);
  const bytes = stat(base.cold.map((r) => r.bytesToFirstChart));
  const bytesAll = stat(base.cold.map((r) => r.bytesTotal));
  L.push(
    `Bytes fetched (response bodies as transferred, i.e. gzip where the server compressed): ${mib(bytes.median ?? 0)} MiB to the first chart, ` +
      `${mib(bytesAll.median ?? 0)} MiB by the end of a run (median).`,
  );
  L.push('');
  L.push('## Brush, memory and PPTX (same page, after the interactions)');
  L.push('');
  L.push(
    `Brush: ms from each step's \`pointermove\` (event timeStamp) until both histograms were replaced and the next ` +
      `frame was out; ${BRUSH_STEPS} steps of one quarter each, the first reported on its own. Memory: MB (10⁶ B) once ` +
      `the quarterly view had loaded. PPTX: ms from the click on the tray's download button. See bench/README.md.`,
  );
  L.push('');
  L.push(...targetSection(TARGET_METRICS, base.summary, base.cold, base.warm, true));
  if (scale) {
    L.push(`## Scale: ${scale.rows.toLocaleString('en-US')}-row synthetic sample`);
    L.push('');
    if (scaleCarried) {
      L.push(
        `_Carried over from the last \`--rows\` run (${scale.date}, commit \`${scale.commit}\`); not re-measured this time._`,
      );
      L.push('');
    }
    L.push(
      `**This mode's sample is scaled to ${scale.rows.toLocaleString('en-US')} rows, so MIC's published FY totals are NOT enforced** ` +
        `(the numbers in the charts are meaningless; only the timings matter). Generated with \`writeSample\` in ` +
        `${(scale.generate.ms / 1000).toFixed(1)} s: ` +
        scale.generate.files.map((f) => `${f.file} ${bytesText(f.bytes)}`).join(', ') +
        ` (${scale.generate.quarterlyRows.toLocaleString('en-US')} pre-aggregated rows); swapped into a temp copy of dist/ ` +
        `with the manifest's row counts changed. ${scale.runs.length} cold runs, same procedure as above.`,
    );
    L.push('');
    L.push(...table(INTERACTION_METRICS, scale.summary, null));
    L.push('');
    const k = scale.runs[0];
    if (k) L.push(`KPI before → after the filter: ${k.kpiBefore} → ${k.kpiAfter}.`);
    L.push('');
    L.push(`Brush and memory at ${scale.rows.toLocaleString('en-US')} rows (no PPTX in these runs):`);
    L.push('');
    L.push(
      ...targetSection([...BRUSH_METRICS, ...MEMORY_METRICS, ...LOAD_METRICS], scale.summary, scale.runs, null, false),
    );
  }
  L.push(`## dist size (from disk; gzip = zlib level 9)`);
  L.push('');
  L.push(`**Total: ${mib(size.total.raw)} MiB raw, ${mib(size.total.gzip)} MiB gzip, ${size.total.files} files.**`);
  L.push('');
  const byType = new Map<string, { raw: number; gzip: number; files: number }>();
  for (const f of size.files) {
    const ext = /\.([a-z0-9]+)$/i.exec(f.path)?.[1]?.toLowerCase() ?? '(none)';
    const t = byType.get(ext) ?? { raw: 0, gzip: 0, files: 0 };
    byType.set(ext, { raw: t.raw + f.raw, gzip: t.gzip + f.gzip, files: t.files + 1 });
  }
  L.push('| by type | files | raw KiB | gzip KiB |');
  L.push('|---|---:|---:|---:|');
  for (const [ext, t] of [...byType].sort((a, b) => b[1].raw - a[1].raw)) {
    L.push(`| .${ext} | ${t.files} | ${kib(t.raw)} | ${kib(t.gzip)} |`);
  }
  L.push('');
  L.push('| largest files | raw KiB | gzip KiB |');
  L.push('|---|---:|---:|');
  for (const f of size.files.slice(0, 10)) L.push(`| ${f.path} | ${kib(f.raw)} | ${kib(f.gzip)} |`);
  const rest = size.files.slice(10);
  if (rest.length) {
    const r = rest.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
    L.push(`| (${rest.length} other files) | ${kib(r.raw)} | ${kib(r.gzip)} |`);
  }
  L.push('');
  L.push('## Console errors and foreign requests');
  L.push('');
  const all = [...base.cold, ...(base.warm ? [base.warm] : []), ...(scale && !scaleCarried ? scale.runs : [])];
  const errs = [...new Set(all.flatMap((r) => r.consoleErrors))];
  const foreign = [...new Set(all.flatMap((r) => r.foreignRequests))];
  L.push(errs.length ? errs.map((e) => `- console: \`${e.replaceAll('`', "'")}\``).join('\n') : '- No console errors.');
  L.push(foreign.length ? foreign.map((u) => `- foreign request: ${u}`).join('\n') : '- No requests to other origins.');
  L.push('');
  return L.join('\n');
}
