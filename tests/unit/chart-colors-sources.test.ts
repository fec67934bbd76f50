// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { dimensionPalette } from '../../src/charts/dimension-colors.ts';
import { sourceHosts } from '../../src/charts/sources.ts';
import { withTip } from '../../src/charts/tip.ts';

describe('dimensionPalette: stack order and colours', () => {
  it('gives causes their own colour in the fixed order, a missing value grey and last', () => {
    expect(dimensionPalette('cause', ['unknown', null, 'software_bug', 'hardware_failure', 'software_bug'])).toEqual({
      domain: ['hardware_failure', 'software_bug', 'unknown', null],
      range: ['#0d1789', '#093a91', expect.stringMatching(/^#/), '#ced4da'],
    });
  });

  it('colours cause groups by group, major accidents red and the others grey', () => {
    expect(dimensionPalette('cause_group', ['human', 'equipment']).range).toEqual(['#0d1789', '#d85d00']);
    const major = dimensionPalette('major', ['not_major', 'major']);
    expect(major.range[major.domain.indexOf('major')]).toBe('#c92a2a');
    expect(major.range[major.domain.indexOf('not_major')]).toBe('#adb5bd');
  });

  it('gives other dimensions the palette in sorted order, wrapping after ten', () => {
    const ops = Array.from({ length: 11 }, (_, i) => `op${String(i).padStart(2, '0')}`);
    const p = dimensionPalette('operator_type', ops.toReversed());
    expect(p.domain).toEqual(ops);
    expect(p.range.slice(0, 3)).toEqual(['#4e79a7', '#f28e2c', '#e15759']);
    expect(p.range[10]).toBe('#4e79a7');
  });

  it('greys out a value a fixed-colour dimension does not know', () => {
    expect(dimensionPalette('cause', [null]).range).toEqual(['#ced4da']);
  });
});

describe('sourceHosts: the source line under a chart', () => {
  it('lists each host once, without www., MIC first and the rest in order', () => {
    expect(
      sourceHosts([
        'https://www.itmedia.co.jp/a https://www.soumu.go.jp/x',
        'https://japan.cnet.com/b  https://www.soumu.go.jp/y',
        'https://www.itmedia.co.jp/c',
      ]),
    ).toEqual(['soumu.go.jp', 'itmedia.co.jp', 'japan.cnet.com']);
  });

  it('names a document without a URL (doc:) by its name, never as an empty host, and skips blanks', () => {
    // the public record cites FY2012–13 totals as doc:総務省「…」 (fy_totals.csv): they showed as ", ," before
    expect(sourceHosts(['doc:総務省「事故発生状況」2014-09-01 ', '', ' https://news.mynavi.jp/z'])).toEqual([
      'news.mynavi.jp',
      '総務省「事故発生状況」2014-09-01',
    ]);
    expect(sourceHosts(['not a url', 'doc:'])).toEqual(['a', 'not', 'url']);
  });
});

describe('withTip: a mark keeps its <title> and still gets a tip', () => {
  it('draws the mark as asked and an unpainted, hidden twin with the tip and no link', () => {
    const data = [{ x: 'a', y: 3, t: '2022年度: 3件' }];
    const marks = withTip(Plot.barY, data, { x: 'x', y: 'y', href: () => '#/a', className: 'bar', title: 't' });
    expect(marks).toHaveLength(2);
    const svg = Plot.plot({ marks }) as unknown as Element;
    const linked = svg.querySelectorAll('a');
    expect(linked).toHaveLength(1);
    expect(linked[0]!.querySelector('title')?.textContent).toBe('2022年度: 3件');
    const groups = [...svg.querySelectorAll('g[aria-label="bar"]')];
    expect(groups).toHaveLength(2);
    const twin = groups.find((g) => g.getAttribute('aria-hidden') === 'true')!;
    expect(twin.getAttribute('fill')).toBe('none');
    expect(twin.querySelector('a')).toBeNull();
    expect(twin.getAttribute('class') ?? '').not.toContain('bar');
  });
});
