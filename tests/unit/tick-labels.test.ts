// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { labelsThatFit } from '../../src/charts/log-axis.ts';
import { logHistogramChart } from '../../src/charts/log-histogram.ts';
import { reportContext } from '../fixtures/report-context.ts';

describe('labelsThatFit: tick labels that do not touch', () => {
  const at = (x: number, width: number, rank = Infinity) => ({ x, width, rank });

  it('keeps every label when they all fit, dropping none at exactly the gap', () => {
    // centres 30 apart, half-widths 10 + 10, gap 10: exactly clear
    expect(labelsThatFit([at(0, 20), at(30, 20), at(60, 20)], 10)).toEqual([0, 1, 2]);
  });

  it('drops the later of two that touch, left to right', () => {
    expect(labelsThatFit([at(0, 20), at(29, 20), at(60, 20)], 10)).toEqual([0, 2]);
  });

  it('keeps ranked labels first, in rank order, and fills in the others where there is room', () => {
    // 1 (rank 0) wins over 0 and 2 which both touch it; 3 (rank 1) is clear of 1; 4 touches 3
    const labels = [at(0, 20), at(20, 20, 0), at(40, 20), at(80, 20, 1), at(95, 10)];
    expect(labelsThatFit(labels, 5)).toEqual([1, 3]);
    // rank 0 beats rank 1 when the two touch
    expect(labelsThatFit([at(0, 20, 1), at(10, 20, 0)], 5)).toEqual([1]);
  });

  it('gives nothing for no labels', () => {
    expect(labelsThatFit([], 5)).toEqual([]);
  });
});

describe('the duration histogram keeps its tick labels apart at any width', () => {
  const spec = logHistogramChart([{ lo: 60, accidents: 3 }], 'duration_min', reportContext());
  const drawn = (width: number, fontSize?: string) => {
    const el = Plot.plot({ ...spec.plot, width, ...(fontSize && { style: { fontSize } }) }) as unknown as Element;
    const labels = [...el.querySelectorAll('g.log-tick-x text')].map((t) => ({
      text: t.textContent!,
      x: Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')![1]),
    }));
    const ticks = el.querySelectorAll('g[aria-label="x-axis tick"] path, g[aria-label="x-axis tick"] line');
    return { labels, ticks: ticks.length };
  };
  // Widths in em, counted by hand: a CJK character 1, a digit 0.68.
  const EM: Record<string, number> = {
    '5分': 1.68,
    '15分': 2.36,
    '30分': 2.36,
    '1時間': 2.68,
    '2時間': 2.68,
    '6時間': 2.68,
    '12時間': 3.36,
    '1日': 1.68,
    '3日': 1.68,
    '7日': 1.68,
  };
  const expectApart = (labels: { text: string; x: number }[], size: number) => {
    for (let i = 1; i < labels.length; i++) {
      const [a, b] = [labels[i - 1]!, labels[i]!];
      expect(b.x - a.x).toBeGreaterThanOrEqual(((EM[a.text]! + EM[b.text]!) / 2) * size);
    }
  };

  it('draws all ten labels on a wide chart', () => {
    expect(drawn(900).labels.map((l) => l.text)).toEqual(Object.keys(EM));
  });

  it('on a half-width card (330 px) keeps the 2-hour and 24-hour thresholds and drops what would touch', () => {
    // worked out by hand on the log scale from 5/3 to 30,240 min over 254 px: 1時間 and 6時間 sit 18 px from
    // 2時間, 12時間 18 px from 1日, 30分 18 px from 15分
    const { labels, ticks } = drawn(330);
    expect(labels.map((l) => l.text)).toEqual(['5分', '15分', '2時間', '1日', '3日', '7日']);
    expectApart(labels, 10);
    expect(ticks).toBe(10);
  });

  it('fits the labels to a larger font, as a slide draws them', () => {
    const { labels } = drawn(760, '18px');
    expect(labels.map((l) => l.text)).toContain('2時間');
    expect(labels.map((l) => l.text)).toContain('1日');
    expect(labels.length).toBeLessThan(10);
    expectApart(labels, 18);
  });
});
