/**
 * In-page helpers. A plain string (not a function), so the TS→JS transform of this file cannot inject helpers into
 * it; installed with addInitScript before any page script runs.
 */
import { SEL } from './app.ts';

export const PAGE_JS = `(() => {
  if (window.__bench) return;
  const B = { firstChart: null, t0: null, watches: [], tasks: [] };
  window.__bench = B;
  // DuckDB-WASM talks to its worker with {messageId, type, data} → {requestId, type, data}. Recording when each
  // request is posted and when its answer arrives shows how much of an interaction the worker (SQL) accounts for.
  // The listener is added in the constructor, before the app's own, and uses the event's timestamp.
  const pending = new Map();
  const NativeWorker = window.Worker;
  const origPost = NativeWorker.prototype.postMessage;
  NativeWorker.prototype.postMessage = function (msg, ...rest) {
    if (msg && typeof msg === 'object' && typeof msg.messageId === 'number' && typeof msg.type === 'string') {
      const task = { type: msg.type, start: performance.now(), end: null };
      pending.set(msg.messageId, task);
      B.tasks.push(task);
    }
    return origPost.call(this, msg, ...rest);
  };
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (!d || typeof d.requestId !== 'number') return;
        if (d.type === 'LOG' || d.type === 'PROGRESS_UPDATE' || d.type === 'INSTANTIATE_PROGRESS') return;
        const task = pending.get(d.requestId);
        if (task) { pending.delete(d.requestId); task.end = e.timeStamp; }
      });
    }
  };
  // Main-thread long tasks (≥ 50 ms): time inside [from, to] during which the page could not respond.
  B.long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.long.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* not supported */ }
  B.blocked = (from, to) => B.long.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, to) - Math.max(s, from)), 0);
  // Worker time inside [from, to]: the union of request → answer intervals, and how many queries ran.
  B.sql = (from, to) => {
    const ivs = B.tasks
      .filter((t) => t.end !== null && t.end > from && t.start < to)
      .map((t) => [Math.max(t.start, from), Math.min(t.end, to), t.type])
      .sort((a, b) => a[0] - b[0]);
    let busy = 0, curS = null, curE = null;
    for (const [st, en] of ivs) {
      if (curE === null || st > curE) { if (curE !== null) busy += curE - curS; curS = st; curE = en; }
      else if (en > curE) curE = en;
    }
    if (curE !== null) busy += curE - curS;
    const isQuery = (t) => t.type === 'RUN_QUERY' || t.type === 'RUN_PREPARED';
    const queries = ivs.filter((i) => i[2] === 'RUN_QUERY' || i[2] === 'RUN_PREPARED').length;
    // queries that were sent after \`from\` and had answered by \`to\`
    const answered = B.tasks.filter((t) => isQuery(t) && t.start >= from && t.end !== null && t.end <= to).length;
    return { busy, queries, answered };
  };
  const first = new MutationObserver(() => {
    if (B.firstChart === null && document.querySelector(${JSON.stringify(SEL.firstChart)})) {
      B.firstChart = performance.now();
      first.disconnect();
    }
  });
  first.observe(document, { childList: true, subtree: true });
  // Runs cb after the next frame has been produced: a task queued from requestAnimationFrame runs after paint.
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  // specs: [{ name, kind: 'new' | 'text', sel }]. A spec fires each time, after arming, that
  //   'new':  an element matching sel appears that was not there before (a chart drawn or redrawn), or
  //   'text': the first element matching sel shows a text other than the last one seen (a KPI updated).
  // Watching ends once every spec fired and the DOM has then been quiet for quietMs, or after timeoutMs. The first
  // and the LAST firing are both kept: React may draw intermediate states before the query results arrive.
  B.arm = (specs, eventType, quietMs, timeoutMs) => {
    B.t0 = null;
    if (eventType) {
      document.addEventListener(eventType, (e) => { if (B.t0 === null) B.t0 = e.timeStamp; }, { capture: true, once: true });
    }
    let lastMutation = performance.now();
    const states = specs.map((s) => {
      const st = { name: s.name, times: [], frames: [] };
      if (s.kind === 'new') {
        document.querySelectorAll(s.sel).forEach((el) => { el.__benchOld = true; });
        st.check = () => {
          const fresh = [...document.querySelectorAll(s.sel)].filter((el) => !el.__benchOld);
          fresh.forEach((el) => { el.__benchOld = true; });
          return fresh.length > 0;
        };
      } else {
        const el0 = document.querySelector(s.sel);
        let last = el0 ? el0.textContent : null;
        st.check = () => {
          const el = document.querySelector(s.sel);
          if (!el || el.textContent === last) return false;
          last = el.textContent;
          return true;
        };
      }
      return st;
    });
    const obs = new MutationObserver(() => {
      const now = performance.now();
      lastMutation = now;
      for (const st of states) {
        if (!st.check()) continue;
        const i = st.times.length;
        st.times.push(now);
        st.frames.push(null);
        afterFrame((f) => { st.frames[i] = f; });
      }
    });
    obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const start = performance.now();
    B.watches = new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        const seen = states.every((st) => st.times.length > 0);
        if ((seen && now - lastMutation >= quietMs) || now - start >= timeoutMs) {
          obs.disconnect();
          afterFrame(() => resolve(states.map(({ name, times, frames }) => ({ name, times, frames }))));
        } else setTimeout(tick, 20);
      };
      setTimeout(tick, 20);
    });
  };
  B.afterFrame = afterFrame;
  B.go = (hash) => { B.t0 = performance.now(); location.hash = hash; };
  B.collect = async () => {
    const states = await B.watches;
    return {
      t0: B.t0,
      results: states.map((st) => {
        const last = st.times.length ? st.times[st.times.length - 1] : null;
        return {
          name: st.name,
          first: st.times.length ? st.times[0] : null,
          last,
          lastFrame: st.frames.length ? st.frames[st.frames.length - 1] : null,
          count: st.times.length,
          sql: B.t0 === null || last === null ? null : B.sql(B.t0, last),
          blocked: B.t0 === null || last === null ? null : B.blocked(B.t0, last),
          answeredBeforeFirst: B.t0 === null || !st.times.length ? null : B.sql(B.t0, st.times[0]).answered,
        };
      }),
    };
  };
  // Resolves once the DOM has not changed for quietMs (or after maxMs).
  B.settle = (quietMs, maxMs) => new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    const obs = new MutationObserver(() => { last = performance.now(); });
    obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const tick = () => {
      const now = performance.now();
      if (now - last >= quietMs || now - start >= maxMs) { obs.disconnect(); resolve(now - start); }
      else setTimeout(tick, 25);
    };
    setTimeout(tick, 25);
  });
})();`;
