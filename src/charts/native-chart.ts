/**
 * A chart as PowerPoint can draw it natively (bars, stacked bars, lines) with its data embedded, so a deck's
 * chart can be restyled and relabelled in PowerPoint. Plain data: it is stored with the deck.
 */
export interface NativeChart {
  kind: 'bar' | 'line';
  stacked: boolean;
  /** Category axis labels, in order (fiscal years, quarters, bins). */
  categories: string[];
  /** One series per stack key or line; null is a gap. Colours as #rrggbb. */
  series: { name: string; color: string; values: (number | null)[] }[];
  xTitle: string;
  yTitle: string;
  /** Excel number format of the value axis. */
  format: string;
}

/** Rows (one per category and series key) as series over the given categories; missing cells are `missing`. */
export function nativeSeries<R>(
  rows: readonly R[],
  categories: readonly (string | number)[],
  opts: {
    category: (r: R) => string | number;
    key: (r: R) => string;
    value: (r: R) => number | null;
    keys: readonly string[];
    name: (key: string) => string;
    color: (key: string, i: number) => string;
    missing: number | null;
  },
): NativeChart['series'] {
  const at = new Map<string, number | null>();
  for (const r of rows) at.set(JSON.stringify([opts.key(r), opts.category(r)]), opts.value(r));
  return opts.keys.map((key, i) => ({
    name: opts.name(key),
    color: opts.color(key, i),
    values: categories.map((c) => {
      const v = at.get(JSON.stringify([key, c]));
      return v === undefined ? opts.missing : v;
    }),
  }));
}

export function range(lo: number, hi: number): number[] {
  return hi < lo ? [] : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
