import { bandsOf, TALLY_DIMENSIONS, type TallyDimension } from '../tally-bands.ts';
import {
  parseCause,
  parseCauseGroup,
  parseFiscalYear,
  parseOperatorType,
  parseQuarter,
  parseServiceCategory,
} from './codes.ts';
import type { Mapping } from './mapping.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { cellText, rowNumber, type RawCell, type RawTable } from './table.ts';
import { parseCount, toHalfWidth, type Parsed } from './values.ts';
import type { ValidationResult } from './validate-reports.ts';

export interface TallyColumns {
  fiscal_year: number[];
  quarter: number[];
  dimension: string[];
  category: (string | null)[];
  accidents: number[];
  major: (number | null)[];
}

const DIMENSION_WORDS: Record<string, TallyDimension> = {
  合計: 'total',
  総数: 'total',
  計: 'total',
  全体: 'total',
  原因: 'cause',
  発生原因: 'cause',
  要因: 'cause_group',
  原因区分: 'cause_group',
  役務区分: 'service_category',
  電気通信役務の区分: 'service_category',
  事業者種別: 'operator_type',
  事業者: 'operator',
  継続時間: 'duration_band',
  影響利用者数: 'users_band',
};

function parseDimension(raw: string | null): Parsed<TallyDimension> {
  if (raw == null || raw.trim() === '') return null;
  const text = toHalfWidth(raw).replace(/\s/g, '');
  if ((TALLY_DIMENSIONS as readonly string[]).includes(text)) return { value: text as TallyDimension };
  const hit = DIMENSION_WORDS[text] ?? DIMENSION_WORDS[text.replace(/別$/, '')];
  return hit ? { value: hit } : { error: `unknown dimension "${raw}" (allowed: ${TALLY_DIMENSIONS.join(', ')})` };
}

const norm = (s: string) =>
  toHalfWidth(s)
    .replace(/[\s,，]/g, '')
    .replace(/^(影響利用者数|継続時間)/, '');

function parseCategory(dimension: TallyDimension, raw: string | null): Parsed<string | null> {
  const empty = raw == null || raw.trim() === '';
  if (dimension === 'total')
    return empty || /^(合計|総数|計|total)$/i.test(raw!.trim())
      ? { value: null }
      : { error: `a total row has no category, found "${raw}"` };
  if (empty) return null;
  const bands = bandsOf(dimension);
  if (bands) {
    const hit = bands.find((b) => [b.code, b.ja, b.en].some((w) => norm(w) === norm(raw!)));
    return hit
      ? { value: hit.code }
      : { error: `unknown band "${raw}" (allowed: ${bands.map((b) => b.ja).join(', ')})` };
  }
  if (dimension === 'cause') return parseCause(raw);
  if (dimension === 'cause_group') return parseCauseGroup(raw);
  if (dimension === 'service_category') return parseServiceCategory(raw);
  if (dimension === 'operator_type') return parseOperatorType(raw);
  return { value: raw!.trim() };
}

/**
 * Checks quarterly tallies: one row per fiscal quarter × dimension × category. Where a quarter has a total row,
 * each breakdown of that quarter must add up to it; a mismatch is reported (a warning on the total row: the
 * published figures themselves sometimes disagree, and hiding that would be worse).
 */
export function validateTallies(table: RawTable, mapping: Mapping): ValidationResult<TallyColumns> {
  const out: TallyColumns = { fiscal_year: [], quarter: [], dimension: [], category: [], accidents: [], major: [] };
  const problems: Problem[] = [];
  const keys = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  const header = (name: string) => {
    const i = mapping[name];
    return i == null ? name : (table.headers[i] ?? name);
  };
  const cellOf = (name: string, r: number): RawCell => {
    const i = mapping[name];
    return i == null ? null : (table.columns[i]?.[r] ?? null);
  };
  const str = (c: RawCell) => (c == null ? null : cellText(c));
  for (let r = 0; r < table.rowCount; r++) {
    const row = rowNumber(table, r);
    let errors = 0;
    const report = (name: string, code: ProblemCode, detail: string) => {
      problems.push({ row, column: header(name), value: cellText(cellOf(name, r)), code, detail, severity: 'error' });
      errors++;
    };
    function read<T>(name: string, parse: (c: RawCell) => Parsed<T>, required: boolean): T | null {
      const res = parse(cellOf(name, r));
      if (res === null) {
        if (required) report(name, 'required', 'empty');
        return null;
      }
      if ('error' in res) {
        report(name, res.error.startsWith('unknown') ? 'allowed' : 'type', res.error);
        return null;
      }
      return res.value;
    }
    const fy = read('fiscal_year', (c) => parseFiscalYear(c as string | number | null), true);
    const q = read('quarter', (c) => parseQuarter(c as string | number | null), true);
    const hasCategory = str(cellOf('category', r))?.trim();
    const dimension =
      read('dimension', (c) => parseDimension(str(c)), false) ?? (hasCategory ? null : ('total' as TallyDimension));
    if (dimension === null && errors === 0)
      report('dimension', 'required', 'a row with a category needs its dimension');
    const category = dimension
      ? read('category', (c) => parseCategory(dimension, str(c)), dimension !== 'total')
      : null;
    const accidents = read('accidents', (c) => parseCount(c as string | number | null), true);
    const major = read('major', (c) => parseCount(c as string | number | null), false);
    for (const [name, v] of [
      ['accidents', accidents],
      ['major', major],
    ] as const) {
      if (!v) continue;
      if (v.n < 0) report(name, 'negative', 'a count cannot be negative');
      else if (!Number.isInteger(v.n)) report(name, 'type', 'not a whole number');
    }
    if (accidents && major && major.n > accidents.n)
      report('major', 'major_exceeds', `more major accidents than accidents (${accidents.n})`);
    if (fy !== null && (fy < 1985 || fy > 2100))
      report('fiscal_year', 'absurd', `fiscal year ${fy} is outside 1985–2100`);
    const key = `${fy}|${q}|${dimension}|${category}`;
    const first = keys.get(key);
    if (errors === 0 && first !== undefined)
      report('category', 'duplicate', `same quarter and category as row ${first}`);
    if (errors === 0 && fy !== null && q !== null && dimension && accidents) {
      keys.set(key, row);
      out.fiscal_year.push(fy);
      out.quarter.push(q);
      out.dimension.push(dimension);
      out.category.push(category ?? null);
      out.accidents.push(accidents.n);
      out.major.push(major ? major.n : null);
      lo = Math.min(lo, fy * 4 + q - 1);
      hi = Math.max(hi, fy * 4 + q - 1);
    }
  }
  const flaggedRows = checkBandSums(out, keys, problems);
  return {
    total: table.rowCount,
    valid: out.fiscal_year.length,
    problems,
    columns: out,
    flagged: flaggedRows,
    period: lo <= hi ? [lo, hi] : null,
  };
}

function checkBandSums(c: TallyColumns, keys: Map<string, number>, problems: Problem[]): number {
  const sums = new Map<string, { accidents: number; major: number | null }>();
  for (let i = 0; i < c.fiscal_year.length; i++) {
    if (c.dimension[i] === 'total') continue;
    const k = `${c.fiscal_year[i]}|${c.quarter[i]}|${c.dimension[i]}`;
    const s = sums.get(k) ?? { accidents: 0, major: 0 };
    s.accidents += c.accidents[i]!;
    s.major = s.major === null || c.major[i] === null ? null : s.major + c.major[i]!;
    sums.set(k, s);
  }
  // rows with a warning (a total row a breakdown's accidents or major accidents do not add up to), each once
  const flagged = new Set<number>();
  for (let i = 0; i < c.fiscal_year.length; i++) {
    if (c.dimension[i] !== 'total') continue;
    for (const [k, s] of sums) {
      const [fy, q, dim] = k.split('|');
      if (Number(fy) !== c.fiscal_year[i] || Number(q) !== c.quarter[i]) continue;
      const row = keys.get(`${fy}|${q}|total|null`) ?? 0;
      if (s.accidents !== c.accidents[i]) {
        problems.push({
          row,
          column: 'accidents',
          value: String(c.accidents[i]),
          code: 'band_sum',
          detail: `${dim} adds up to ${s.accidents}, total says ${c.accidents[i]} (FY${fy} Q${q})`,
          severity: 'warning',
        });
        flagged.add(row);
      }
      const m = c.major[i];
      if (s.major !== null && m != null && s.major !== m) {
        problems.push({
          row,
          column: 'major',
          value: String(m),
          code: 'band_sum',
          detail: `${dim} adds up to ${s.major} major, total says ${m} (FY${fy} Q${q})`,
          severity: 'warning',
        });
        flagged.add(row);
      }
    }
  }
  return flagged.size;
}
