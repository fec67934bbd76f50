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
  | 'category';

export interface TargetColumn {
  name: string;
  kind: CellKind;
  required: boolean;
  aliases: readonly string[];
}

export type ShapeId = 'reports' | 'report_tallies';

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

export const REPORTS_SHAPE: ImportShape = {
  id: 'reports',
  schema: 'reports',
  targets: [
    t('report_id', 'text', false, ['報告番号', '報告ID', '事故番号', '管理番号', 'ID', 'report id']),
    t('occurred_at', 'datetime', true, [
      '発生日時',
      '発生日',
      '発生年月日',
      '事故発生日時',
      '発生年月日時',
      '発生時刻',
      'occurred',
      'start',
      'started_at',
    ]),
    t('fiscal_year', 'fiscal_year', false, ['年度', 'FY', 'fiscal year']),
    t('quarter', 'quarter', false, ['四半期', 'Q', 'fiscal quarter']),
    t('operator', 'text', true, [
      '事業者名',
      '事業者',
      '電気通信事業者',
      '電気通信事業者名',
      '報告事業者',
      'operator name',
    ]),
    t('operator_type', 'operator_type', false, ['事業者種別', '事業者区分', 'operator type']),
    t('service_category', 'service_category', false, [
      '電気通信役務の区分',
      '役務区分',
      '役務の区分',
      'サービス区分',
      'service category',
      'service',
    ]),
    t('cause', 'cause', true, ['発生原因', '原因', '事故原因', '原因分類', 'cause code']),
    t('cause_group', 'cause_group', false, ['原因区分', '要因', '要因区分', 'cause group']),
    t('duration_min', 'duration', true, [
      '継続時間',
      '継続時間(分)',
      '継続時間（分）',
      '影響時間',
      '障害継続時間',
      'duration',
      'duration (min)',
    ]),
    t('affected_users', 'count', true, [
      '影響利用者数',
      '影響を受けた利用者数',
      '利用者数',
      '影響ユーザ数',
      'users',
      'affected users',
    ]),
    t('users_qualifier', 'text', false, ['影響利用者数の表記', '利用者数の修飾', 'qualifier']),
    t('region', 'region', false, ['影響地域', '地域', '都道府県', '発生地域', 'area']),
    t('is_major', 'boolean', false, ['重大な事故', '重大事故', '重大', '重大な事故該当', 'major']),
  ],
};

export const TALLIES_SHAPE: ImportShape = {
  id: 'report_tallies',
  schema: 'report_tallies',
  targets: [
    t('fiscal_year', 'fiscal_year', true, ['年度', 'FY', 'fiscal year']),
    t('quarter', 'quarter', true, ['四半期', 'Q', 'fiscal quarter']),
    t('dimension', 'dimension', false, ['区分', '内訳', '集計区分', '分類軸', 'breakdown']),
    t('category', 'category', false, ['項目', '分類', '内訳項目', '区分名', 'カテゴリ']),
    t('accidents', 'count', true, ['件数', '事故件数', '報告件数', 'count', 'accidents (count)']),
    t('major', 'count', false, ['重大な事故', '重大事故', 'うち重大な事故', '重大な事故件数', 'major accidents']),
  ],
};

export const SHAPES: Record<ShapeId, ImportShape> = { reports: REPORTS_SHAPE, report_tallies: TALLIES_SHAPE };
