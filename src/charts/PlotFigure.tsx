import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { mark } from '../lib/perf.ts';
import { chartLinks, prepareChartDom, rovingTarget, setRovingStop } from './chart-a11y.ts';
import { firstDraw } from './first-draws.ts';
import { patchInPlace } from './patch-in-place.ts';
import type { ChartSpec } from './spec.ts';

/**
 * Draws a ChartSpec's Plot options into the DOM at the width of its container. The chart is one tab stop:
 * arrow keys move between its marks, Enter follows a mark's link.
 */
export function PlotFigure({
  spec,
  summary,
  onRender,
}: {
  spec: ChartSpec;
  /** The chart's text alternative (see chartSummary). */
  summary?: string;
  onRender?: (el: Element) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const links = useRef<SVGAElement[]>([]);
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

  // The chart on screen, and how many times it was drawn (data-draws: tests and the bench watch it, since a chart
  // drawn in place keeps its element).
  const drawn = useRef<Element | null>(null);
  const draws = useRef(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || width === 0) return;
    const draw = () => {
      const plot = Plot.plot({ ...spec.plot, width: Math.max(240, width) });
      links.current = prepareChartDom(plot, summary ?? spec.title);
      const current = drawn.current;
      if (spec.drawInPlace && current?.parentNode === el && patchInPlace(current, plot)) {
        links.current = chartLinks(current);
      } else {
        el.replaceChildren(plot);
        drawn.current = plot;
      }
      el.dataset.draws = String(++draws.current);
      mark('chart-in-dom');
      onRenderRef.current?.(drawn.current!);
    };
    // a figure's first drawing may wait a frame or two behind the other charts of its view (first-draws.ts)
    if (!drawn.current) return firstDraw(draw);
    draw();
    return undefined;
  }, [spec, width, summary]);
  useEffect(
    () => () => {
      drawn.current?.remove();
      drawn.current = null;
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = links.current;
    const index = list.indexOf(event.target as SVGAElement);
    if (index < 0) return;
    const to = rovingTarget(event.key, index, list.length);
    if (to === null) return;
    event.preventDefault();
    setRovingStop(list, to);
    list[to]?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const index = links.current.indexOf(event.target as unknown as SVGAElement);
    if (index >= 0) setRovingStop(links.current, index);
  };

  return (
    // The keys are handled for the focused mark inside; the container itself is not interactive.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
    <div ref={ref} className="plot-figure" data-testid={`plot-${spec.id}`} onKeyDown={onKeyDown} onFocus={onFocus} />
  );
}
