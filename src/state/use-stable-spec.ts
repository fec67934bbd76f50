import { useMemo } from 'react';
import type { ChartSpec } from '../charts/spec.ts';

// An answer's rows are the same object for as long as they are shown: their text is made once, not on every
// render (a brush frame re-renders the view with the quarterly chart's thousands of rows unchanged).
const texts = new WeakMap<object, string>();

function textOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

/**
 * A chart spec rebuilt only when what it is drawn from (`inputs`: its rows, filters, language…) changed in value:
 * <PlotFigure> redraws when its spec object changes, and a chart whose data did not change should not be redrawn
 * (changing the stack key of the quarterly chart leaves both histograms as they are). Objects among the inputs
 * are compared by their content, read once per object: do not change one in place.
 */
export function useStableSpec(build: () => ChartSpec | null, inputs: unknown[]): ChartSpec | null {
  const key = inputs.map(textOf).join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the inputs' content
  return useMemo(build, [key]);
}
