/**
 * The shapes a file can be imported as, and for each target column: how its cells are read, whether the file
 * must give it, and the header names that map to it on their own (Japanese first, as MIC and operators write
 * them). Columns jiko can derive (fiscal year and quarter from the date, cause group from the cause, major status
 * from the rule in force) are optional; when a file gives them too, they are checked against the derivation.
 */
export type CellKind =
  | 'text'
  | 'datetime'
  | 'fiscal_year'
  | 'quarter'
  | 'count'
  | 'duration'
  | 'boolean'
  | 'cause'
  | 'cause_group'
  | 'service_category'
  | 'operator_type'
  | 'region'
  | 'dimension'
  | 'category'
  | 'evidence'
  | 'sources';

export interface TargetColumn {
  name: string;
  kind: CellKind;
  required: boolean;
  aliases: readonly string[];
}

export type ShapeId = 'reports' | 'report_tallies' | 'cases';

export interface ImportShape {
  id: ShapeId;
  /** Table definition in src/data/schema.ts the imported table conforms to. */
  schema: string;
  targets: readonly TargetColumn[];
}

const t = (name: string, kind: CellKind, required: boolean, aliases: string[]): TargetColumn => ({
  name,
  kind,
  required,
  aliases: [name, ...aliases],
});

// Headers that mean the same in report-level records and in cases.
const OCCURRED_ALIASES = [
  '発生日時',
  '発生日',
  '発生年月日',
  '事故発生日時',
  '発生年月日時',
  '発生時刻',
  'occurred',
  'start',
  'started_at',
];
const SERVICE_CATEGORY_ALIASES = ['電気通信役務の区分', '役務区分', '役務の区分', 'サービス区分', 'service category'];
const CAUSE_ALIASES = ['発生原因', '原因', '事故原因', '原因分類', 'cause code'];
const DURATION_ALIASES = [
  '継続時間',
  '継続時間(分)',
  '継続時間（分）',
  '影響時間',
  '障害継続時間',
  'duration',
  'duration (min)',
];
const USERS_ALIASES = ['影響利用者数', '影響を受けた利用者数', '利用者数', '影響ユーザ数', 'users', 'affected users'];
const QUALIFIER_ALIASES = ['影響利用者数の表記', '利用者数の修飾', 'qualifier'];
const REGION_ALIASES = ['影響地域', '地域', '都道府県', '発生地域', 'area'];
const MAJOR_ALIASES = ['重大な事故', '重大事故', '重大', '重大な事故該当', 'major'];
const FY_ALIASES = ['年度', 'FY', 'fiscal year'];
const QUARTER_ALIASES = ['四半期', 'Q', 'fiscal quarter'];

export const REPORTS_SHAPE: ImportShape = {
  id: 'reports',
  schema: 'reports',
  targets: [
    t('report_id', 'text', false, ['報告番号', '報告ID', '事故番号', '管理番号', 'ID', 'report id']),
    t('occurred_at', 'datetime', true, OCCURRED_ALIASES),
    t('fiscal_year', 'fiscal_year', false, FY_ALIASES),
    t('quarter', 'quarter', false, QUARTER_ALIASES),
    t('operator', 'text', true, [
      '事業者名',
      '事業者',
      '電気通信事業者',
      '電気通信事業者名',
      '報告事業者',
      'operator name',
    ]),
    t('operator_type', 'operator_type', false, ['事業者種別', '事業者区分', 'operator type']),
    t('service_category', 'service_category', false, [...SERVICE_CATEGORY_ALIASES, 'service']),
    t('cause', 'cause', true, CAUSE_ALIASES),
    t('cause_group', 'cause_group', false, ['原因区分', '要因', '要因区分', 'cause group']),
    t('duration_min', 'duration', true, DURATION_ALIASES),
    t('affected_users', 'count', true, USERS_ALIASES),
    t('users_qualifier', 'text', false, QUALIFIER_ALIASES),
    t('region', 'region', false, REGION_ALIASES),
    t('is_major', 'boolean', false, MAJOR_ALIASES),
  ],
};

export const TALLIES_SHAPE: ImportShape = {
  id: 'report_tallies',
  schema: 'report_tallies',
  targets: [
    t('fiscal_year', 'fiscal_year', true, FY_ALIASES),
    t('quarter', 'quarter', true, QUARTER_ALIASES),
    t('dimension', 'dimension', false, ['区分', '内訳', '集計区分', '分類軸', 'breakdown']),
    t('category', 'category', false, ['項目', '分類', '内訳項目', '区分名', 'カテゴリ']),
    t('accidents', 'count', true, ['件数', '事故件数', '報告件数', 'count', 'accidents (count)']),
    t('major', 'count', false, ['重大な事故', '重大事故', 'うち重大な事故', '重大な事故件数', 'major accidents']),
  ],
};

/**
 * Cases the public record lacks, in the `cases` table's columns. Required: what makes a case a case (its id,
 * operator, start, cause, summary) and where it comes from (its sources); everything else may be unpublished.
 */
export const CASES_SHAPE: ImportShape = {
  id: 'cases',
  schema: 'cases',
  targets: [
    t('id', 'text', true, ['事例番号', '事例ID', '事案番号', 'ID', 'case id', 'case_id']),
    t('occurred_at', 'datetime', true, OCCURRED_ALIASES),
    t('fiscal_year', 'fiscal_year', false, FY_ALIASES),
    t('quarter', 'quarter', false, QUARTER_ALIASES),
    t('operator_ja', 'text', true, ['事業者', '事業者名', '電気通信事業者', '電気通信事業者名', 'operator']),
    t('operator_en', 'text', false, ['事業者名(英語)', '事業者(英語)', 'operator (English)']),
    t('duration_min', 'duration', false, DURATION_ALIASES),
    // The qualifier, upper bound and Japanese texts as columns: how jiko's own CSV export writes them.
    t('duration_qualifier', 'text', false, ['継続時間の表記']),
    t('affected_users', 'count', false, USERS_ALIASES),
    t('users_qualifier', 'text', false, QUALIFIER_ALIASES),
    t('affected_users_max', 'count', false, ['影響利用者数(上限)']),
    t('region', 'region', false, REGION_ALIASES),
    t('region_ja', 'region', false, ['影響地域(日本語)']),
    t('service_category_ja', 'service_category', false, SERVICE_CATEGORY_ALIASES),
    t('services_affected', 'text', false, ['影響を受けたサービス', '影響サービス', '停止したサービス', 'services']),
    t('services_affected_ja', 'text', false, ['影響を受けたサービス(日本語)']),
    t('cause', 'cause', true, CAUSE_ALIASES),
    t('cause_ja', 'text', false, ['原因の詳細', '発生原因の詳細', '原因(詳細)', 'cause as published']),
    t('summary_en', 'text', true, ['概要', '事故概要', '事故の概要', '事案の概要', 'summary']),
    t('inquiries', 'count', false, ['問い合わせ件数', '問合せ件数', '問い合わせ数', 'inquiries']),
    t('is_major', 'boolean', false, MAJOR_ALIASES),
    t('evidence', 'evidence', false, ['資料の種類', '根拠', '出典の種類', 'evidence']),
    t('source_urls', 'sources', true, ['出典', '出典URL', '情報源', '参照元', 'source', 'sources']),
    t('notes', 'text', false, ['備考', '注記', '補足', 'notes']),
  ],
};

export const SHAPES: Record<ShapeId, ImportShape> = {
  reports: REPORTS_SHAPE,
  report_tallies: TALLIES_SHAPE,
  cases: CASES_SHAPE,
};
