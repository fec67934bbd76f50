/** The parts of the app the bench watches: its performance marks, test ids and the stack-by value it picks. */
import type { MarkName } from '../../src/lib/perf.ts';

export const MARKS: MarkName[] = [
  'app-start',
  'duckdb-worker-created',
  'duckdb-instantiated',
  'duckdb-ready',
  'data-loaded',
  'first-query-done',
  'chart-in-dom',
];
export const SEL = {
  firstChart: '[data-testid="plot-cases-by-cause"] svg',
  quarterlyChart: '[data-testid="plot-quarterly-counts"] svg',
  filterHuman: '[data-testid="filter-group-human"]',
  kpi: '[data-testid="kpi-accidents-value"]',
  stackBy: '[data-testid="stack-by"]',
  quarterlyHost: '[data-testid="plot-quarterly-counts"]',
  histDuration: '[data-testid="plot-hist-duration"]',
  histUsers: '[data-testid="plot-hist-users"]',
  exportButton: '[data-testid="export-menu-button"]',
  exportDeck: '[data-testid="export-item-deck"]',
  exportStatus: '[data-testid="export-status"]',
  deckButton: '[data-testid="deck-button"]',
  deckTray: '[data-testid="deck-tray"]',
  deckItem: '[data-testid="deck-item"]',
  deckDownload: '[data-testid="deck-download"]',
};
/** The export status once a slide is in the deck ("書き出しています…" shows first). */
export const ADDED_TO_DECK = /スライド集に追加しました|Added to the deck/;
/** The deck of the PPTX measurement: the four overview charts, then two of the quarterly view. */
export const DECK_CHARTS = {
  overview: ['cases-by-cause', 'reported-totals', 'major-totals', 'duration-users'],
  quarterly: ['quarterly-counts', 'hist-duration'],
};
export const STACK_TO = 'service_category';
