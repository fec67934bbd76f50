import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { mark } from '../lib/perf.ts';
import type { ChartSpec } from './spec.ts';

/** Draws a ChartSpec's Plot options into the DOM at the width of its container. */
export function PlotFigure({ spec, onRender }: { spec: ChartSpec; onRender?: (el: Element) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  // The latest callback, kept out of the drawing effect's dependencies so a new closure does not redraw.
  const onRenderRef = useRef(onRender);
  useEffect(() => {
    onRenderRef.current = onRender;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      setWidth((prev) => (Math.abs(prev - w) > 8 ? w : prev));
    });
    observer.observe(el);
    setWidth(Math.floor(el.getBoundingClientRect().width));
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || width === 0) return;
    const plot = Plot.plot({ ...spec.plot, width: Math.max(320, width) });
    el.replaceChildren(plot);
    mark('chart-in-dom');
    onRenderRef.current?.(plot);
    return () => plot.remove();
  }, [spec, width]);

  return <div ref={ref} className="plot-figure" data-testid={`plot-${spec.id}`} />;
}
