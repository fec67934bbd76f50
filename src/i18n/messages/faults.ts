/** What failed and what to do: load failures, malformed links, a deck that could not be read. */
export const ja = {
  'fault.engine': 'データベースエンジン DuckDB を起動できませんでした ({file})。',
  'fault.engine.hint':
    'ブラウザが WebAssembly とワーカーを許可しているか、拡張機能やプロキシが {file} をブロックしていないか確認し、再読み込みしてください。',
  'fault.decoder':
    'Parquet デコーダ (parquet-wasm) を起動できませんでした ({file})。データファイルの問題ではありません。',
  'fault.decoder.hint':
    'ブラウザが WebAssembly を許可しているか、{file} がブロックされていないか確認し、再読み込みしてください。',
  'fault.manifest': 'データの一覧 {file} を読めませんでした。',
  'fault.manifest.hint':
    'サイトの配置が不完全な可能性があります。`npm run data` で作り直すか、管理者に連絡してください。',
  'fault.fetch': 'データファイル {file} を取得できませんでした。',
  'fault.fetch.hint': 'ネットワーク接続を確認し、ファイルがブロックされていないか確認して再読み込みしてください。',
  'fault.table': 'データファイル {file} の内容がスキーマと一致しません。',
  'fault.table.hint': 'ファイルが壊れているか古い可能性があります。`npm run data` で作り直してください。',
  'fault.link': 'このリンクは壊れています ({part})。その部分を無視して表示しています。',
  'fault.link.dismiss': '閉じる',
  'fault.deck.skipped': '{file} を保存しました。描画できなかったスライド {n} 枚を除きました: {titles}',
  'fault.deck.none': 'どのスライドも描画できませんでした',
  'fault.deck.setAside':
    '保存されていたスライド集の一部が読めませんでした。元のデータはブラウザの保存領域の「{key}」に残してあります。',
  'fault.deck.damaged':
    '保存されていたスライド集が読めず、退避もできないため上書きしません。このタブのスライド集は再読み込みで消えます。',
} as const;

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
