import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationsIn } from '../../scripts/lib/public-record/annotations.ts';
import { buildPublicRecord, type SourceFile } from '../../scripts/lib/public-record/index.ts';

const real = (f: SourceFile) => readFileSync(join('data/sources', f), 'utf8');
const HEADER = 'case_id,field,value,from_text';

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
    expect(case_annotations).toEqual([
      { case_id: 'JP-2022-07', field: 'main_impact_min', value: '109', from_text: 'main impact 1 h 49 min' },
      {
        case_id: 'JP-2022-07',
        field: 'users_withheld',
        value: 'true',
        from_text: 'Each of the two companies reported 30,000+ affected users and withheld exact numbers',
      },
    ]);
    for (const a of case_annotations) expect(cases.find((c) => c.id === a.case_id)!.notes).toContain(a.from_text);
  });

  it.each([
    ['JP-1999-99,users_withheld,true,x', /case_annotations\.csv:2: column "case_id": no case with id "JP-1999-99"/],
    ['JP-2022-07,users_guess,true,main impact', /column "field": "users_guess" is not one of/],
    [
      'JP-2022-07,main_impact_min,109,main impact 1 h 50 min',
      /column "from_text": .* is not in the notes of JP-2022-07/,
    ],
    ['JP-2022-07,main_impact_min,110,main impact 1 h 49 min', /column "from_text": .* does not say 110 min/],
    ['JP-2022-07,main_impact_min,1 h 49,main impact 1 h 49 min', /column "value": "1 h 49" is not a whole number/],
    ['JP-2022-08,main_impact_min,200,after recovery', /longer than the case's duration \(105\)/],
    ['JP-2022-07,users_withheld,yes,withheld exact numbers', /column "value": "yes" must be "true"/],
    ['JP-2022-07,users_withheld,true,', /column "from_text": is empty but required/],
  ])('rejects %j', (row, message) => {
    expect(() => buildPublicRecord(withAnnotations(row))).toThrow(message);
  });

  it('rejects a second value for the same case and field, naming its line', () => {
    const row = 'JP-2022-07,main_impact_min,109,main impact 1 h 49 min';
    expect(() => buildPublicRecord(withAnnotations(row, row))).toThrow(
      'case_annotations.csv:3: column "field": duplicate JP-2022-07#main_impact_min',
    );
  });
});
