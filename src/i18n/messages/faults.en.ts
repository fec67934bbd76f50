import type { ja } from './faults.ts';

/** English for `faults.ts` (loaded only when the page is in English). */
export const en: Record<keyof typeof ja, string> = {
  'fault.engine': 'The DuckDB database engine could not start ({file}).',
  'fault.engine.hint':
    'Check that the browser allows WebAssembly and workers and that no extension or proxy blocks {file}, then reload.',
  'fault.decoder': 'The Parquet decoder (parquet-wasm) could not start ({file}). The data files are not at fault.',
  'fault.decoder.hint': 'Check that the browser allows WebAssembly and that nothing blocks {file}, then reload.',
  'fault.manifest': 'The list of data files, {file}, could not be read.',
  'fault.manifest.hint':
    'The site may be deployed incompletely: rebuild it with `npm run data` or contact its maintainer.',
  'fault.fetch': 'The data file {file} could not be fetched.',
  'fault.fetch.hint': 'Check the network connection and that nothing blocks the file, then reload.',
  'fault.table': 'The data file {file} does not match the schema.',
  'fault.table.hint': 'The file may be damaged or out of date: rebuild it with `npm run data`.',
  'fault.link': 'This link is malformed ({part}); that part is ignored.',
  'fault.link.dismiss': 'Dismiss',
  'fault.deck.skipped': 'Saved {file}, leaving out {n} slide(s) that could not be drawn: {titles}',
  'fault.deck.none': 'None of the slides could be drawn',
  'fault.deck.setAside':
    'Part of the stored deck could not be read. The original is kept in browser storage under “{key}”.',
  'fault.deck.damaged':
    'The stored deck could not be read nor kept aside, so it is not overwritten; this tab’s deck is lost on reload.',
};
