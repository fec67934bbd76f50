import { describe, expect, it } from 'vitest';
import {
  DECK_CHART_BOX_IN,
  DECK_CHART_BOX_PX,
  PX_PER_IN,
  SLIDE_IN,
  SLIDE_PX,
} from '../../src/export/deck/slide-geometry.ts';
import { bareNote, bareSource } from '../../src/export/provenance-text.ts';

describe('bareSource / bareNote: the label an export adds is not doubled', () => {
  it('strips a leading 出典 / Source(s) label with either colon and any spacing', () => {
    expect(
      ['出典: 総務省', 'Source: MIC', 'Sources：MIC', ' 出典 ： 総務省', 'source:MIC', '出典:  総務省'].map(bareSource),
    ).toEqual(['総務省', 'MIC', 'MIC', '総務省', 'MIC', '総務省']);
  });

  it('keeps text where the label is not at the start or has no colon', () => {
    expect(['参照出典: 総務省', 'See source: MIC', '出典 総務省', 'Sourcing: MIC'].map(bareSource)).toEqual([
      '参照出典: 総務省',
      'See source: MIC',
      '出典 総務省',
      'Sourcing: MIC',
    ]);
  });

  it('strips a leading 注 / Note(s) label the same way, and nothing else', () => {
    expect(['注: 速報値', 'Note: provisional', 'Notes：x', ' 注 ：x', '脚注: x', '注 x'].map(bareNote)).toEqual([
      '速報値',
      'provisional',
      'x',
      'x',
      '脚注: x',
      '注 x',
    ]);
  });
});

describe('slide geometry: the PNG presets and the deck agree', () => {
  it('is a 16:9 slide of 10 × 5.625 in at 1920 × 1080 px, 192 px per inch', () => {
    expect([SLIDE_PX.width, SLIDE_PX.height, SLIDE_PX.margin]).toEqual([1920, 1080, 96]);
    expect([SLIDE_IN.width, SLIDE_IN.height]).toEqual([10, 5.625]);
    expect(PX_PER_IN).toBe(192);
    expect(SLIDE_IN.height * PX_PER_IN).toBe(SLIDE_PX.height);
  });

  it('puts the chart in a 9.2 × 3.5 in box, 1766 × 672 px', () => {
    expect(DECK_CHART_BOX_IN).toEqual({ x: 0.4, y: 1.2, w: 9.2, h: 3.5 });
    expect(DECK_CHART_BOX_PX).toEqual({ width: 1766, height: 672 });
  });
});
