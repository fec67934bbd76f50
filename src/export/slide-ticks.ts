import { estimateTextWidth } from '../lib/text-width.ts';

interface TickedAxis {
  ticks?: unknown;
  tickFormat?: unknown;
}

/**
 * An axis with an explicit tick list (fiscal years on the quarterly and pivot charts) keeps every tick at any
 * width; drawn for a slide with larger text, its labels would run into each other. Keeps every k-th tick, the
 * smallest k whose labels fit in `room` pixels with a space of one letter between them.
 */
export function thinTicksToFit<A extends TickedAxis>(axis: A, room: number, fontSize: number): A {
  const { ticks, tickFormat } = axis;
  if (!Array.isArray(ticks) || ticks.length < 2 || typeof tickFormat !== 'function') return axis;
  const label = (v: unknown, i: number) => String((tickFormat as (v: unknown, i: number) => unknown)(v, i) ?? '');
  const widest = Math.max(...ticks.map((v, i) => estimateTextWidth(label(v, i), fontSize))) + fontSize;
  const step = Math.ceil((ticks.length * widest) / Math.max(1, room));
  if (step <= 1) return axis;
  return { ...axis, ticks: ticks.filter((_, i) => i % step === 0) };
}
