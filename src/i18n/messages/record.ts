/** Messages for what the record says in its own words: council remarks, published vs computed values, translations. */
export const ja = {
  'case.remarks': '検証会議での質疑と総括',
  'case.remarks.intro':
    '電気通信事故検証会議の議事要旨から、構成員の質問・指摘、事業者の回答、構成員の総括を、議事要旨の観点ごとに原文のまま引用しています。',
  'case.remarks.none': '公開記録にこの事例の検証会議での質疑の記載はありません。',
  'case.remarks.noQa':
    'この会議の議事要旨には、この事例についての質疑や総括の記載はありません (説明が行われたことのみ)。',
  'case.remarks.viewpoint': '「{viewpoint}」の観点',
  'case.remarks.noViewpoint': '会議での説明',
  'case.remarks.kind.question': '質問・指摘',
  'case.remarks.kind.answer': '回答',
  'case.remarks.kind.remark': '構成員の発言',
  'case.remarks.kind.report': '事業者からの説明',
  'case.remarks.summaryEn': '英語の要約 (jikoが作成)',
  'case.remarks.printNote':
    '英語版の印刷では日本語の原文を省き、jikoの英語要約だけを載せています (原文は画面と議事要旨にあります)。',
  'case.remarks.source': '出典: {source}',
  'case.duration.qualified': '{qualifier}{duration}',
  'case.recovery.published': '{time} (公表された時刻)',
  'case.recovery.partly': '一部復旧 {time} (公表された時刻)',
  'case.recovery.computed': '{time} (計算値: 発生+継続時間)',
  'case.recovery.computedApprox': '{time}ごろ (計算値: 発生+約{duration}、継続時間が概数のため目安)',
  'case.fact.alert': 'アラート検知',
  'case.alert': '発生から{time}後 (算出値: {quote})',
  'case.alert.published': '発生から{time}後',
  'case.translated': 'jiko訳',
  'case.translatedNote': 'jikoによる翻訳 (資料は英語)',
  'case.englishOnly': '英語のみ',
  'case.japaneseOnly': '日本語のみ',
  'case.serviceCategory.numbering':
    '番号は資料のとおり。資料は「五」を「一の項から四の項までに掲げる電気通信役務以外の電気通信役務」としており、jikoの基準表 (一〜四) では「その他」に含めています。',
  'case.cm.studying': '検討中 (一部は実装済み)',
  'case.cm.group': '{group}',
  'case.cm.micActions': '総務省の措置 (事業者の再発防止策ではありません)',
  'case.source.mirror': 'ミラー (第三者による写し)',
  'case.source.doc': '文書名・URLなし',
  'case.annotation.recovered_at': '復旧時刻 (公表): {value}',
  'case.annotation.partly_recovered_at': '一部復旧の時刻 (公表): {value}',
  'case.annotation.alert_after_min': 'アラート検知: 発生から{value}後',
  'case.annotation.derived': '算出値',
  'lang.page':
    'このページは日本語で表示しています。英語のみの項目には「英語のみ」、jikoが訳した項目には「jiko訳」と記しています。',
} as const;
