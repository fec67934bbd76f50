import { useMemo } from 'react';
import type { ChartSpec } from '../charts/spec.ts';

/**
 * A chart spec rebuilt only when what it is drawn from (`inputs`: its rows, filters, language…) changed in value:
 * <PlotFigure> redraws when its spec object changes, and a chart whose data did not change should not be redrawn
 * (changing the stack key of the quarterly chart leaves both histograms as they are).
 */
export function useStableSpec(build: () => ChartSpec | null, inputs: unknown[]): ChartSpec | null {
  const key = JSON.stringify(inputs);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the inputs' content
  return useMemo(build, [key]);
}
