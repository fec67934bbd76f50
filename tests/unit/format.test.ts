import { describe, expect, it } from 'vitest';
import { formatCompact, formatDateTimeJst, formatDuration, formatUsers } from '../../src/i18n/format.ts';
import { formatOccurred } from '../../src/i18n/case-format.ts';

describe('formatting through one module', () => {
  it('keeps the qualifier on every users figure', () => {
    expect(formatUsers(870_000, 'approx', 'ja')).toBe('約870,000人');
    expect(formatUsers(15_760_000, 'up_to', 'ja')).toBe('最大15,760,000人');
    expect(formatUsers(30_000, 'at_least', 'ja')).toBe('30,000人以上');
    expect(formatUsers(30_000, 'at_least', 'en')).toBe('at least 30,000');
    expect(formatUsers(null, null, 'ja')).toBe('非公表');
    expect(formatUsers(null, null, 'en')).toBe('not published');
  });

  it('writes durations in hours and minutes, and never 0 for a missing one', () => {
    expect(formatDuration(335, 'ja')).toBe('5時間35分');
    expect(formatDuration(335, 'en')).toBe('5 h 35 min');
    expect(formatDuration(120, 'ja')).toBe('2時間');
    expect(formatDuration(19, 'ja')).toBe('19分');
    expect(formatDuration(null, 'ja')).toBe('非公表');
  });

  it('shows times on the JST clock whatever the machine zone', () => {
    expect(formatDateTimeJst(new Date('2023-01-25T07:08:00Z'), 'ja')).toBe('2023/01/25 16:08 JST');
  });

  it('shows a start only as precisely as it was published', () => {
    expect(formatOccurred('2020-02', 'month', 'ja')).toBe('2020年2月');
    expect(formatOccurred('2012-01-25', 'day', 'ja')).toBe('2012/01/25');
    expect(formatOccurred('2023-01-25T16:08+09:00', 'minute', 'en')).toBe('2023-01-25 16:08 JST');
  });

  it('abbreviates axis counts with 万 in Japanese', () => {
    expect(formatCompact(30_000, 'ja')).toBe('3万');
    expect(formatCompact(10_000_000, 'ja')).toBe('1,000万');
    expect(formatCompact(1_000_000, 'en')).toBe('1M');
  });
});
