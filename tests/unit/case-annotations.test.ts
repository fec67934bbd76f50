import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationsIn } from '../../scripts/lib/public-record/annotations.ts';
import { buildPublicRecord, type SourceFile } from '../../scripts/lib/public-record/index.ts';

const real = (f: SourceFile) => readFileSync(join('data/sources', f), 'utf8');
const HEADER = 'case_id,field,value,derived,from_text';

/** The real sources with case_annotations.csv replaced by the given rows. */
const withAnnotations =
  (...rows: string[]) =>
  (f: SourceFile) =>
    f === 'case_annotations.csv' ? [HEADER, ...rows].join('\n') + '\n' : real(f);

describe('durations written in a note', () => {
  it('reads hours and minutes in English and Japanese', () => {
    expect(durationsIn('Reported duration 5 h 35 min; main impact 1 h 49 min')).toEqual([335, 109]);
    expect(durationsIn('about 45 min, then 2 h')).toEqual([45, 120]);
    expect(durationsIn('約1時間49分')).toEqual([109]);
    expect(durationsIn('30,000+ users')).toEqual([]);
  });
});

describe('case_annotations.csv', () => {
  it('holds the Microsoft 2023 main impact and withheld users, each quoting the notes', () => {
    const { case_annotations, cases } = buildPublicRecord(real);
    expect(case_annotations.map((a) => [a.case_id, a.field, a.value, a.derived])).toEqual([
      ['JP-2022-07', 'main_impact_min', '109', false],
      ['JP-2022-07', 'users_withheld', 'true', false],
      ['JP-2022-07', 'alert_after_min', '3', true],
      ['JP-2015-01', 'recovered_at', '2016-03-11T19:58', false],
      ['JP-2015-01', 'partly_recovered_at', '2016-03-11T19:25', false],
      ['JP-2011-03', 'recovered_at', '2011-08-16T18:29', false],
      ['JP-2022-04', 'recovered_at', '2022-09-04T13:26', false],
    ]);
    for (const a of case_annotations) expect(cases.find((c) => c.id === a.case_id)!.notes).toContain(a.from_text);
  });

  it.each([
    [
      'JP-1999-99,users_withheld,true,false,x',
      /case_annotations\.csv:2: column "case_id": no case with id "JP-1999-99"/,
    ],
    ['JP-2022-07,users_guess,true,false,main impact', /column "field": "users_guess" is not one of/],
    [
      'JP-2022-07,main_impact_min,109,false,main impact 1 h 50 min',
      /column "from_text": .* is not in the notes of JP-2022-07/,
    ],
    ['JP-2022-07,main_impact_min,110,false,main impact 1 h 49 min', /column "from_text": .* does not say 110 min/],
    [
      'JP-2022-07,main_impact_min,1 h 49,false,main impact 1 h 49 min',
      /column "value": "1 h 49" is not a whole number/,
    ],
    ['JP-2022-08,main_impact_min,200,false,after recovery', /longer than the case's duration \(105\)/],
    ['JP-2022-07,users_withheld,yes,false,withheld exact numbers', /column "value": "yes" must be "true"/],
    ['JP-2022-07,users_withheld,true,false,', /column "from_text": is empty but required/],
    ['JP-2022-07,users_withheld,true,maybe,withheld exact numbers', /column "derived": "maybe" is not true or false/],
    ['JP-2015-01,recovered_at,2016-03-11T19:59,false,other functions 19:58', /does not contain 19:59/],
    ['JP-2015-01,recovered_at,19:58,false,other functions 19:58', /"19:58" is not a JST time/],
    ['JP-2022-04,recovered_at,2022-09-04T11:20,false,11:20-13:26', /is not after the start/],
  ])('rejects %j', (row, message) => {
    expect(() => buildPublicRecord(withAnnotations(row))).toThrow(message);
  });

  it('rejects a published recovery that disagrees with start + an exact duration', () => {
    // JP-2022-04: 11:20 + 126 min = 13:26, as MIC's figures say; with 125 min the build must refuse.
    const read = (f: SourceFile) => {
      const text = real(f);
      if (f !== 'cases.csv') return text;
      return text.replace(/^(JP-2022-04,[^\n]*?\+09:00),126,/m, '$1,125,');
    };
    expect(read('cases.csv')).not.toBe(real('cases.csv'));
    expect(() => buildPublicRecord(read)).toThrow(/is 126 min after the start, but the duration is 125 min/);
  });

  it('rejects a second value for the same case and field, naming its line', () => {
    const row = 'JP-2022-07,main_impact_min,109,false,main impact 1 h 49 min';
    expect(() => buildPublicRecord(withAnnotations(row, row))).toThrow(
      'case_annotations.csv:3: column "field": duplicate JP-2022-07#main_impact_min',
    );
  });
});
