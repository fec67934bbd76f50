import type { ja } from './a11y.ts';

/** English for `a11y.ts` (loaded only when the page is in English). */
export const en: Record<keyof typeof ja, string> = {
  'a11y.skip': 'Skip to content',
  'a11y.chart.empty': '{title}: no data.',
  'a11y.chart.rows': '{title}: {n} data points.',
  'a11y.chart.range': '{title}: {n} data points from {first} to {last}.',
  'a11y.chart.max': 'The highest {measure} is {max} ({at}).',
  'theme.label': 'Theme',
  'theme.system': 'Follow system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'link.copy': 'Copy link',
  'link.copyChart': 'Copy link: {title}',
  'link.copied': 'Link copied',
  'link.copyFailed': 'Could not copy. Use this link: {url}',
  'filters.open': 'Filters ({n} active)',
  'filters.close': 'Close filters',
  'combobox.search': 'Search {label}',
  'combobox.remove': 'Remove {value}',
  'combobox.none': 'No match',
  'combobox.selected': '{n} selected',
  'print.printed': 'Printed {date}',
  'print.sources': 'Sources: {sources}',
};
