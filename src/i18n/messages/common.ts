import type { Cause, CauseGroup } from '../../domain/causes.ts';
import type { ServiceCategory } from '../../domain/thresholds.ts';

const causesJa: Record<`cause.${Cause}`, string> = {
  'cause.hardware_failure': 'ハードウェア故障',
  'cause.software_bug': 'ソフトウェア不具合',
  'cause.capacity_overload': '容量超過・輻輳',
  'cause.config_change': '設定変更・工事',
  'cause.human_error': '作業ミス',
  'cause.other_operator': '他事業者の事故',
  'cause.natural_disaster': '自然災害',
  'cause.third_party': '第三者要因',
  'cause.unknown': '不明・非公表',
};
const causesEn: typeof causesJa = {
  'cause.hardware_failure': 'Hardware failure',
  'cause.software_bug': 'Software bug',
  'cause.capacity_overload': 'Capacity overload',
  'cause.config_change': 'Configuration change',
  'cause.human_error': 'Human error',
  'cause.other_operator': "Other operator's accident",
  'cause.natural_disaster': 'Natural disaster',
  'cause.third_party': 'Third party',
  'cause.unknown': 'Unknown / not published',
};
const groupsJa: Record<`causeGroup.${CauseGroup}`, string> = {
  'causeGroup.equipment': '設備要因',
  'causeGroup.human': '人為要因',
  'causeGroup.external': '外的要因',
  'causeGroup.unknown': '不明',
};
const groupsEn: typeof groupsJa = {
  'causeGroup.equipment': 'Equipment',
  'causeGroup.human': 'Human',
  'causeGroup.external': 'External',
  'causeGroup.unknown': 'Unknown',
};
const serviceJa: Record<`service.${ServiceCategory}`, string> = {
  'service.emergency_voice': '一 緊急通報を扱う音声',
  'service.other_voice': '二 その他の音声',
  'service.free_internet': '三 無料インターネットサービス',
  'service.other': '四 その他 (データ通信等)',
};
const serviceEn: typeof serviceJa = {
  'service.emergency_voice': 'I Voice with emergency calls',
  'service.other_voice': 'II Other voice',
  'service.free_internet': 'III Free internet services',
  'service.other': 'IV Other (data etc.)',
};

export const ja = {
  'app.title': 'jiko 電気通信事故ダッシュボード',
  'app.tagline': '総務省に報告された電気通信事故の統計',
  'nav.overview': '概要',
  'nav.cases': '事故事例',
  'nav.explore': '集計・ピボット',
  'nav.data': 'データ',
  'lang.switch': 'English',
  'deck.button': 'スライド ({n})',
  'loading.title': 'データを読み込んでいます',
  'loading.step.engine': 'DuckDB を起動しています',
  'loading.step.parquet': 'Parquet デコーダを準備しています',
  'loading.step.table': '{table} を読み込んでいます',
  'loading.step.done': '準備ができました',
  'error.title': 'データを読み込めませんでした',
  'error.snapshotShown':
    '下の画面はビルド時に集計したデータで表示しています。絞り込み、四半期・探索の画面、取り込みと SQL には DuckDB が必要です。',
  'error.detail': '詳細',
  'error.retry': '再読み込み',
  'dataset.public': '公開記録',
  'dataset.sample': '合成サンプル',
  'common.notPublished': '非公表',
  'common.yes': 'はい',
  'common.cancel': 'キャンセル',
  'common.no': 'いいえ',
  'common.unknown': '不明',
  'common.source': '出典',
  'common.showTable': '表で見る',
  'common.hideTable': 'グラフに戻る',
  'common.rows': '{n}件',
  ...causesJa,
  ...groupsJa,
  ...serviceJa,
} as const;

export const en: Record<keyof typeof ja, string> = {
  'app.title': 'jiko — telecom accident dashboard',
  'app.tagline': 'Telecom accidents reported to the Ministry of Internal Affairs and Communications (Japan)',
  'nav.overview': 'Overview',
  'nav.cases': 'Cases',
  'nav.explore': 'Explore',
  'nav.data': 'Data',
  'lang.switch': '日本語',
  'deck.button': 'Slides ({n})',
  'loading.title': 'Loading data',
  'loading.step.engine': 'Starting DuckDB',
  'loading.step.parquet': 'Preparing the Parquet decoder',
  'loading.step.table': 'Loading {table}',
  'loading.step.done': 'Ready',
  'error.title': 'The data could not be loaded',
  'error.snapshotShown':
    'The view below is drawn from figures prepared at build time. Filters, the quarterly and explore views, imports and SQL need DuckDB.',
  'error.detail': 'Details',
  'error.retry': 'Reload',
  'dataset.public': 'Public record',
  'dataset.sample': 'Synthetic sample',
  'common.notPublished': 'not published',
  'common.yes': 'yes',
  'common.cancel': 'Cancel',
  'common.no': 'no',
  'common.unknown': 'unknown',
  'common.source': 'Source',
  'common.showTable': 'Show as table',
  'common.hideTable': 'Back to chart',
  'common.rows': '{n} rows',
  ...causesEn,
  ...groupsEn,
  ...serviceEn,
};
