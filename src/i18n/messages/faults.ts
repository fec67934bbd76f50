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
