import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages/index.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return p.includes(join('i18n', 'messages')) ? [] : sources(p);
    return /\.tsx?$/.test(name) ? [readFileSync(p, 'utf8')] : [];
  });
}

const code = sources('src').join('\n');
// keys built at run time: t(`cause.${c}`) uses every key that starts with "cause."
const prefixes = [...code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1]!);
const used = (key: string) => code.includes(`'${key}'`) || prefixes.some((p) => key.startsWith(p));

/**
 * Keys no code used when this test came (other branches may be about to use some, e.g. nav.data for the Data
 * view). The list may only shrink: a key here that becomes used, or leaves the catalogue, fails the test.
 */
const UNUSED_BEFORE_THIS_TEST = [
  'common.rows',
  'chart.scatter.rulePre2015',
  'qualifier.exact',
  'qualifier.approx',
  'qualifier.up_to',
  'qualifier.at_least',
  'qualifier.range',
  'sort.asc',
  'sort.desc',
  'filters.operators.all',
  'drill.col.period',
  'case.duration.qualified',
  'case.translatedNote',
  'case.cm.group',
  'case.source.doc',
];

describe('message catalogue', () => {
  it('has every key in both languages, and no empty string', () => {
    const ja = Object.keys(messages.ja).sort();
    const en = Object.keys(messages.en).sort();
    expect(en.filter((k) => !ja.includes(k))).toEqual([]);
    expect(ja.filter((k) => !en.includes(k))).toEqual([]);
    for (const lang of ['ja', 'en'] as const) {
      const table = messages[lang] as Record<string, string>;
      expect(Object.keys(table).filter((k) => !table[k]?.trim())).toEqual([]);
    }
  });

  it('uses every key somewhere in the app (a leftover key is a string no reader sees)', () => {
    const unused = Object.keys(messages.ja).filter((k) => !used(k));
    expect(unused.filter((k) => !UNUSED_BEFORE_THIS_TEST.includes(k))).toEqual([]);
    expect(UNUSED_BEFORE_THIS_TEST.filter((k) => !unused.includes(k))).toEqual([]);
  });

  it('fills the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const ja = messages.ja as Record<string, string>;
    const en = messages.en as Record<string, string>;
    const differ = Object.keys(ja).filter((k) => JSON.stringify(holes(ja[k]!)) !== JSON.stringify(holes(en[k]!)));
    expect(differ).toEqual([]);
  });
});
