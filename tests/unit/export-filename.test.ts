import { describe, expect, it } from 'vitest';
import { deckFileName, exportFileName, jstDateStamp } from '../../src/export/filename.ts';

describe('export file names', () => {
  it('stamps the JST date, whatever the machine time zone', () => {
    expect(jstDateStamp(new Date('2026-11-23T15:30:00Z'))).toBe('20261124'); // 00:30 JST next day
    expect(jstDateStamp(new Date('2026-11-23T14:59:00Z'))).toBe('20261123');
  });

  it('names a chart export and marks synthetic data in the name', () => {
    const at = new Date('2026-11-23T07:08:00Z');
    expect(exportFileName({ id: 'cases-by-cause', synthetic: false }, 'svg', at)).toBe(
      'jiko_cases-by-cause_20261123.svg',
    );
    expect(exportFileName({ id: 'cases-by-cause', synthetic: true }, 'png', at, '2x')).toBe(
      'jiko_cases-by-cause_20261123_2x_SYNTHETIC.png',
    );
    expect(exportFileName({ id: 'Quarter/Trend 年度', synthetic: false }, 'csv', at)).toBe(
      'jiko_quarter-trend_20261123.csv',
    );
    expect(deckFileName(at, true)).toBe('jiko_deck_20261123_SYNTHETIC.pptx');
    expect(deckFileName(at, false)).toBe('jiko_deck_20261123.pptx');
  });
});
