export interface ComboOption {
  value: string;
  label: string;
  /** Shown after the label, e.g. a count; not searched. */
  detail?: string;
}

/** Options whose label contains every space-separated word of the query, case- and width-insensitive. */
export function matchingOptions(options: ComboOption[], query: string): ComboOption[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return options;
  return options.filter((o) => words.every((w) => fold(o.label).includes(w)));
}
