import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublicRecord, type SourceFile } from '../../scripts/lib/public-record/index.ts';
import { translate } from '../../src/i18n/t.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { caseFacts } from '../../src/views/case/case-facts.ts';
import { readAnnotations } from '../../src/views/case/case-rows.ts';
import { byViewpoint } from '../../src/views/case/CaseRemarks.tsx';

const record = buildPublicRecord((f: SourceFile) => readFileSync(join('data/sources', f), 'utf8'));

function facts(id: string, lang: Lang) {
  const c = record.cases.find((x) => x.id === id)!;
  const notes = record.case_annotations.filter((a) => a.case_id === id);
  const list = caseFacts(c, readAnnotations(notes), (k, p) => translate(lang, k, p), lang);
  return Object.fromEntries(list.map((f) => [f.key, f]));
}

describe('case facts as the page shows them', () => {
  it('LINE 2016: an approximate duration and the published recovery times, not start + duration', () => {
    const f = facts('JP-2015-01', 'ja');
    expect(f.duration!.value).toBe('約1時間30分');
    expect(f.recovery!.value).toBe('2016/03/11 19:58 (公表された時刻)');
    expect(f.recovery!.detail).toBe('一部復旧 2016/03/11 19:25 (公表された時刻)');
    expect(facts('JP-2015-01', 'en').duration!.value).toBe('about 1 h 30 min');
  });

  it('Microsoft 2023: a computed recovery says so; the alert is marked derived', () => {
    const f = facts('JP-2022-07', 'en');
    expect(f.recovery!.value).toBe('2023-01-25 21:43 JST (computed: start + duration)');
    expect(f.alert!.value).toBe(
      '3 min after the start (derived: so the alert came 3 minutes after the start (derived: 19 − 16))',
    );
    expect(f.serviceCategory!.detail).toContain('files it under "other"');
  });

  it("a Japanese page shows the Japanese text, with jiko's translations marked and published text unmarked", () => {
    expect(facts('JP-2022-05', 'ja').region).toMatchObject({ value: '関西・中国・四国・九州の一部', mark: 'jiko訳' });
    expect(facts('JP-2022-07', 'ja').region).toMatchObject({ value: '全国', valueLang: 'ja' });
    expect(facts('JP-2022-07', 'ja').region!.mark).toBeUndefined();
    expect(facts('JP-2022-05', 'en').region).toMatchObject({ value: 'parts of Kansai, Chugoku, Shikoku and Kyushu' });
    expect(facts('JP-2024-01', 'ja').region!.value).toBe('非公表');
  });

  it('a range of users shows both bounds', () => {
    expect(facts('JP-2011-08', 'ja').users!.value).toBe('60,000〜80,000人');
  });
});

describe('remarks by viewpoint', () => {
  it('puts the report first, then the viewpoints in the order the minutes name them', () => {
    const items = record.case_remarks.filter((r) => r.case_id === 'JP-2015-01');
    expect(byViewpoint(items).map((g) => [g.viewpointJa, g.items.length])).toEqual([
      [null, 1],
      ['人為ミス及び異常値等への対処', 9],
      ['利用者周知', 7],
    ]);
  });
});
