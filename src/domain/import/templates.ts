import { SHAPES, type ShapeId } from './shapes.ts';

/** Two invented example rows per shape: they show the accepted spellings, and import cleanly. */
const EXAMPLES: Record<ShapeId, Record<string, string>[]> = {
  reports: [
    {
      report_id: 'EX-0001',
      occurred_at: '令和5年1月25日 10:30',
      operator: '例: 事業者A',
      service_category: '二',
      cause: 'ソフトウェア不具合',
      duration_min: '1時間30分',
      affected_users: '約3.2万',
      region: '東京都',
      is_major: 'いいえ',
    },
    {
      report_id: 'EX-0002',
      occurred_at: '2023-04-02T03:15',
      operator: 'Example operator B',
      service_category: 'other',
      cause: 'hardware_failure',
      duration_min: '180',
      affected_users: '120',
      region: '全国',
      is_major: 'false',
    },
  ],
  report_tallies: [
    {
      fiscal_year: '2022',
      quarter: '4',
      dimension: 'users_band',
      category: '500人未満',
      accidents: '1650',
      major: '0',
    },
    {
      fiscal_year: '令和4年度',
      quarter: '第4四半期',
      dimension: 'users_band',
      category: '3万人以上',
      accidents: '22',
      major: '3',
    },
  ],
  cases: [
    {
      id: 'EX-2022-01',
      occurred_at: '令和4年7月2日 1:35',
      operator_ja: '例: 事業者A',
      duration_min: '約61時間',
      affected_users: '約3,091万',
      region: '全国',
      service_category_ja: '一、二',
      services_affected: '音声通話・データ通信',
      cause: '設定変更',
      summary_en: '設備の切替作業で経路設定を誤り、音声とデータ通信が全国で使えなくなった。',
      is_major: 'はい',
      source_urls: 'https://www.example.jp/report-2022-01.pdf',
    },
    {
      id: 'EX-2023-01',
      occurred_at: '2023-05',
      operator_ja: 'Example operator B',
      cause: 'unknown',
      summary_en: 'Mail delivery was delayed; the operator has not published a cause.',
      evidence: 'secondary',
      source_urls: 'https://news.example.com/2023/05/mail-delay',
    },
  ],
};

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A CSV template: headers in Japanese with the column name in brackets, then the examples. UTF-8 with BOM. */
export function templateCsv(shape: ShapeId): string {
  const targets = SHAPES[shape].targets;
  const header = targets.map((t) => `${t.aliases[1] ?? t.name} (${t.name})`);
  const rows = EXAMPLES[shape].map((ex) => targets.map((t) => cell(ex[t.name] ?? '')).join(','));
  return '\uFEFF' + [header.map(cell).join(','), ...rows].join('\r\n') + '\r\n';
}
