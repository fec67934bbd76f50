import * as Plot from '@observablehq/plot';
import { estimateTextWidth } from '../lib/text-width.ts';

/*
 * Tick labels for log scales. Plot passes a function tickFormat on a log scale through d3's log tickFormat, which
 * blanks labels whose mantissa is "not round" (1時間 = 60, 6時間 = 360 …). So the axis draws ticks and title only,
 * and the labels are a text mark at the chosen ticks. They take the chart's font size, which slides enlarge.
 */

export interface TickLabel {
  /** Where the label is centred, px. */
  x: number;
  width: number;
  /** Lower is kept first when they do not all fit (a reporting threshold's rank); others are Infinity. */
  rank: number;
}

/**
 * Which labels of an axis to draw so that none touches another (`gap` px between them): by rank, then left to
 * right, each where there is still room. Indices in `labels`, ascending.
 */
export function labelsThatFit(labels: readonly TickLabel[], gap: number): number[] {
  const kept: number[] = [];
  const clear = (i: number) =>
    kept.every((k) => Math.abs(labels[k]!.x - labels[i]!.x) >= (labels[k]!.width + labels[i]!.width) / 2 + gap);
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.rank - labels[b]!.rank || a - b);
  for (const i of order) if (clear(i)) kept.push(i);
  return kept.sort((a, b) => a - b);
}

/** The font size the chart's text is drawn at: the svg's inline style (slides set it), else Plot's 10 px. */
function fontSizeOf(svg: SVGSVGElement | undefined): number {
  const size = parseFloat(svg?.style?.fontSize ?? '') || parseFloat(svg?.getAttribute('font-size') ?? '');
  return size > 0 ? size : 10;
}

/**
 * X tick labels at `ticks`; on a narrow chart, labels that would run into each other are left out, those in `keep`
 * (the reporting thresholds, most important first) last. The tick marks themselves all stay.
 */
export function logAxisX(
  ticks: number[],
  format: (v: number) => string,
  label: string,
  keep: readonly number[] = [],
): Plot.Markish[] {
  return [
    Plot.axisX(ticks, { tickFormat: () => '', label, tickSize: 6 }),
    Plot.text(ticks, {
      x: (v: number) => v,
      text: format,
      frameAnchor: 'bottom',
      dy: 17,
      className: 'log-tick-x',
      render(index, scales, values, dimensions, context, next) {
        const size = fontSizeOf(context.ownerSVGElement);
        const xs = values.x as ArrayLike<number>;
        const texts = values.text as ArrayLike<unknown>;
        const labels = [...index].map((i) => ({
          x: xs[i]!,
          width: estimateTextWidth(String(texts[i] ?? ''), size),
          rank: keep.includes(ticks[i]!) ? keep.indexOf(ticks[i]!) : Infinity,
        }));
        const fit = labelsThatFit(labels, size / 2).map((k) => index[k]!);
        return next!(fit, scales, values, dimensions, context);
      },
    }),
  ];
}

export function logAxisY(ticks: number[], format: (v: number) => string, label: string): Plot.Markish[] {
  return [
    Plot.axisY(ticks, { tickFormat: () => '', label, tickSize: 6 }),
    Plot.text(ticks, {
      y: (v: number) => v,
      text: format,
      frameAnchor: 'left',
      dx: -9,
      textAnchor: 'end',
      className: 'log-tick-y',
    }),
  ];
}
