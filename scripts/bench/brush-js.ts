/**
 * In-page half of the brush measurement (a plain string, like PAGE_JS; it uses PAGE_JS's afterFrame and sql).
 * brushPlan() finds the quarterly chart's x scale and answers client coordinates that put the pointer between two
 * bars and then one bar further per step; brushArm() watches one step: the pointermove's timeStamp (a capturing
 * listener on window, which runs before the brush's own), every drawing of both histograms (their data-draws),
 * the frame after the last one, and the KPI value changing.
 */
import { SEL } from './app.ts';

export const BRUSH_JS = `(() => {
  const B = window.__bench;
  const sels = ${JSON.stringify({ quarterly: SEL.quarterlyHost, dur: SEL.histDuration, users: SEL.histUsers, kpi: SEL.kpi })};
  B.brushPlan = (steps) => {
    const host = document.querySelector(sels.quarterly);
    if (!host) return { error: 'no quarterly chart' };
    const plot = [host, ...host.querySelectorAll('figure, svg')].find((e) => typeof e.scale === 'function');
    const svg = plot && (plot.tagName.toLowerCase() === 'svg' ? plot : plot.querySelector(':scope > svg'));
    const x = plot && plot.scale('x');
    if (!svg || !x) return { error: 'the quarterly chart has no x scale' };
    svg.scrollIntoView({ block: 'center' });
    const r = svg.getBoundingClientRect();
    const [d0, d1] = x.domain, [r0, r1] = x.range;
    const px = (q) => r.left + r0 + ((q - d0) / (d1 - d0)) * (r1 - r0);
    const first = Math.ceil(d0) + 1;
    const n = Math.max(0, Math.min(steps, Math.floor(d1) - first - 1));
    return {
      error: null,
      y: r.top + r.height / 2,
      start: px(first - 0.5),
      xs: Array.from({ length: n }, (_, k) => px(first + k + 0.5)),
      pxPerQuarter: Math.abs(r1 - r0) / (d1 - d0),
      firstQuarter: first,
    };
  };
  // One step. Each histogram may be replaced more than once (its subtitle follows the filters at once, its bars
  // when the rows arrive), so the watch runs until no histogram has been replaced and no DuckDB request sent or
  // answered for quietMs, and keeps the first and the last replacement.
  B.brushArm = (timeoutMs, quietMs, kpiWaitMs) => {
    const st = { t0: null, dispatch: null, moves: 0, dur: [], users: [], frames: [], kpi: null };
    // A histogram may be redrawn in place (same svg): its figure's data-draws counts every drawing.
    const drawsOf = (sel) => document.querySelector(sel)?.getAttribute('data-draws') ?? null;
    const seen = {};
    const old = (sel) => { seen[sel] = drawsOf(sel); };
    const fresh = (sel) => {
      const d = drawsOf(sel);
      if (d === seen[sel]) return false;
      seen[sel] = d;
      return true;
    };
    old(sels.dur);
    old(sels.users);
    const kpiText = () => document.querySelector(sels.kpi)?.textContent ?? null;
    const kpi0 = kpiText();
    // the event's timeStamp is when the input arrived; Chromium dispatches pointermoves once a frame
    const onMove = (e) => {
      st.moves++;
      if (st.t0 === null) { st.t0 = e.timeStamp; st.dispatch = performance.now() - e.timeStamp; }
    };
    window.addEventListener('pointermove', onMove, { capture: true });
    let last = null;
    const obs = new MutationObserver(() => {
      const now = performance.now();
      let hit = false;
      if (fresh(sels.dur)) { st.dur.push(now); hit = true; }
      if (fresh(sels.users)) { st.users.push(now); hit = true; }
      if (st.kpi === null && kpiText() !== kpi0) st.kpi = now;
      if (hit) {
        last = now;
        const i = st.frames.length;
        st.frames.push(null);
        B.afterFrame((f) => { st.frames[i] = f; });
      }
    });
    obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-draws'] });
    const start = performance.now();
    B.brushWatch = new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        const both = st.dur.length > 0 && st.users.length > 0;
        const mine = B.tasks.filter((t) => t.start >= start);
        const idle = mine.every((t) => t.end !== null);
        // quiet since the last redraw AND the last answer: a redraw follows an answer a render later
        const lastActivity = Math.max(last ?? 0, ...mine.map((t) => t.end ?? 0));
        const quiet = both && idle && now - lastActivity >= quietMs && st.frames.every((f) => f !== null);
        const kpiDone = st.kpi !== null || (quiet && now - last >= kpiWaitMs);
        if ((quiet && kpiDone) || now - start >= timeoutMs) {
          obs.disconnect();
          window.removeEventListener('pointermove', onMove, { capture: true });
          const first = both ? Math.max(st.dur[0], st.users[0]) : null;
          const final = both ? Math.max(st.dur.at(-1), st.users.at(-1)) : null;
          const sql = st.t0 !== null && final !== null ? B.sql(st.t0, final) : null;
          resolve({
            t0: st.t0, dispatch: st.dispatch, moves: st.moves, kpi: st.kpi, first, final,
            frame: both ? st.frames.at(-1) : null,
            draws: Math.max(st.dur.length, st.users.length),
            sql,
            answeredBeforeFirst: st.t0 !== null && first !== null ? B.sql(st.t0, first).answered : null,
          });
        } else setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });
  };
})();`;
