import { decodeOrNull } from '../lib/safe-decode.ts';
import { isDimension } from './dimensions.ts';
import { DRILL_COLUMNS, type CellKey, type DrillColumn } from './reports.ts';

/** A drill-down cell in the URL: `qi:8061,cause:software_bug,log_bin:3.25@affected_users`; `~` is a missing value. */
export function cellToParam(cell: CellKey[]): string {
  return cell
    .map((c) => {
      const v = c.value === null ? '~' : encodeURIComponent(String(c.value));
      return `${c.dimension}:${v}${c.dimension === 'log_bin' ? `@${c.column ?? 'duration_min'}` : ''}`;
    })
    .join(',');
}

const NUMERIC = new Set(['fiscal_year', 'qi', 'log_bin']);

export function cellFromParam(text: string | undefined): CellKey[] | null {
  if (!text) return null;
  const out: CellKey[] = [];
  for (const part of text.split(',')) {
    const m = /^([a-z_]+):([^@]*)(?:@(duration_min|affected_users))?$/.exec(part);
    if (!m) return null;
    const [, dim = '', raw = '', column] = m;
    if (!(isDimension(dim) || NUMERIC.has(dim))) return null;
    let value: string | number | null = raw === '~' ? null : decodeOrNull(raw);
    if (value === null && raw !== '~') return null;
    if (value !== null && NUMERIC.has(dim)) {
      value = Number(value);
      if (!Number.isFinite(value)) return null;
    }
    const key: CellKey = { dimension: dim as CellKey['dimension'], value };
    if (dim === 'log_bin') key.column = column === 'affected_users' ? 'affected_users' : 'duration_min';
    out.push(key);
  }
  return out.length ? out : null;
}

/** Page and sort of an open drill-down: `page=3` (1-based) and `dsort=duration_min.desc` in the URL. */
export interface DrillView {
  sort: DrillColumn;
  desc: boolean;
  /** 0-based. */
  page: number;
}

export const DEFAULT_DRILL_VIEW: DrillView = { sort: 'occurred_at', desc: false, page: 0 };

export function drillViewFromParams(p: Record<string, string>): DrillView {
  const [col = '', dir = ''] = (p.dsort ?? '').split('.');
  const sort = (DRILL_COLUMNS as readonly string[]).includes(col) ? (col as DrillColumn) : DEFAULT_DRILL_VIEW.sort;
  const page = /^\d{1,6}$/.test(p.page ?? '') ? Math.max(0, Number(p.page) - 1) : 0;
  return { sort, desc: sort === col && dir === 'desc', page };
}

/** Defaults map to '' so that merging them clears the parameter. */
export function drillViewToParams(v: DrillView): { dsort: string; page: string } {
  const isDefault = v.sort === DEFAULT_DRILL_VIEW.sort && v.desc === DEFAULT_DRILL_VIEW.desc;
  return { dsort: isDefault ? '' : `${v.sort}.${v.desc ? 'desc' : 'asc'}`, page: v.page > 0 ? String(v.page + 1) : '' };
}

/** A drill parameter with a broken escape: no drill-down opens, and the link is malformed. */
export function isMalformedDrill(text: string | undefined): boolean {
  return !!text && text.split(',').some((part) => /%/.test(part) && decodeOrNull(part.replace(/@.*$/, '')) === null);
}
