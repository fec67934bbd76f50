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
};

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A CSV template: headers in Japanese with the column name in brackets, then the examples. UTF-8 with BOM. */
export function templateCsv(shape: ShapeId): string {
  const targets = SHAPES[shape].targets;
  const header = targets.map((t) => `${t.aliases[1] ?? t.name} (${t.name})`);
  const rows = EXAMPLES[shape].map((ex) => targets.map((t) => cell(ex[t.name] ?? '')).join(','));
  return '\uFEFF' + [header.map(cell).join(','), ...rows].join('\r\n') + '\r\n';
}
