import * as Plot from '@observablehq/plot';

/**
 * A mark with a Plot tip that keeps its <title> elements. Plot draws the title channel either as <title> (the
 * accessible name of each linked mark, see chart-a11y.ts) or, with `tip`, only inside the tip, never both. So the
 * mark is drawn as asked, without `tip`, and the tip comes from an unpainted twin: same data, positions and title,
 * no link or class, hidden from assistive technology and, painting nothing, never hit by the pointer.
 */
export function withTip<O extends Plot.MarkOptions>(
  make: (data: Plot.Data, options: O) => Plot.Markish,
  data: Plot.Data,
  options: O,
): Plot.Markish[] {
  const { href: _href, className: _className, tip: _tip, ...twin } = options;
  return [make(data, options), make(data, { ...twin, fill: 'none', stroke: 'none', ariaHidden: true, tip: true } as O)];
}
