import type { Filters } from './report-filters.ts';

/** What the data holds: fiscal years and quarter indexes (fiscalYear * 4 + quarter - 1). */
export interface DataExtent {
  fyMin: number;
  fyMax: number;
  qiMin?: number;
  qiMax?: number;
}

export type RangeNotice =
  | { kind: 'swapped'; filter: 'fy' | 'users' | 'duration' | 'period' }
  | { kind: 'clamped'; filter: 'fy' | 'period' }
  | { kind: 'outside'; filter: 'fy' | 'period' };

function ordered(f: Filters, lo: 'fyFrom' | 'usersMin' | 'durationMin', hi: 'fyTo' | 'usersMax' | 'durationMax') {
  const a = f[lo];
  const b = f[hi];
  if (a === undefined || b === undefined || a <= b) return false;
  f[lo] = b;
  f[hi] = a;
  return true;
}

/**
 * Ranges as the data can answer them: a range given backwards (From 2020, To 2012) is swapped, fiscal years and
 * the brushed period are clamped to the years and quarters the data holds, and a period wholly outside the data
 * is dropped. Each change comes with a notice, so the page says what it did instead of drawing an empty chart.
 */
export function checkRanges(given: Filters, extent: DataExtent | null): { filters: Filters; notices: RangeNotice[] } {
  const f: Filters = { ...given };
  const notices: RangeNotice[] = [];
  if (ordered(f, 'fyFrom', 'fyTo')) notices.push({ kind: 'swapped', filter: 'fy' });
  if (ordered(f, 'usersMin', 'usersMax')) notices.push({ kind: 'swapped', filter: 'users' });
  if (ordered(f, 'durationMin', 'durationMax')) notices.push({ kind: 'swapped', filter: 'duration' });
  if (f.period && f.period[0] > f.period[1]) {
    f.period = [f.period[1], f.period[0]];
    notices.push({ kind: 'swapped', filter: 'period' });
  }
  if (!extent) return { filters: f, notices };

  const { fyMin, fyMax } = extent;
  if ((f.fyFrom !== undefined && f.fyFrom > fyMax) || (f.fyTo !== undefined && f.fyTo < fyMin)) {
    delete f.fyFrom;
    delete f.fyTo;
    notices.push({ kind: 'outside', filter: 'fy' });
  } else {
    let clamped = false;
    if (f.fyFrom !== undefined && f.fyFrom < fyMin) {
      f.fyFrom = fyMin;
      clamped = true;
    }
    if (f.fyTo !== undefined && f.fyTo > fyMax) {
      f.fyTo = fyMax;
      clamped = true;
    }
    if (clamped) notices.push({ kind: 'clamped', filter: 'fy' });
  }

  if (f.period) {
    const qiMin = extent.qiMin ?? fyMin * 4;
    const qiMax = extent.qiMax ?? fyMax * 4 + 3;
    const [a, b] = f.period;
    if (a > qiMax || b < qiMin) {
      delete f.period;
      notices.push({ kind: 'outside', filter: 'period' });
    } else if (a < qiMin || b > qiMax) {
      f.period = [Math.max(a, qiMin), Math.min(b, qiMax)];
      notices.push({ kind: 'clamped', filter: 'period' });
    }
  }
  return { filters: f, notices };
}
