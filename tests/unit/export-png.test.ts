import { describe, expect, it } from 'vitest';
import { rasterPlan, svgSize } from '../../src/export/raster/png.ts';
import { DECK_CHART_BOX_PX } from '../../src/export/deck/slide-geometry.ts';

describe('PNG presets', () => {
  it('keeps the SVG size for 1x and doubles it for 2x', () => {
    expect(rasterPlan(608, 478, '1x')).toEqual({
      width: 608,
      height: 478,
      drawX: 0,
      drawY: 0,
      drawWidth: 608,
      drawHeight: 478,
    });
    expect(rasterPlan(608, 478, '2x')).toMatchObject({ width: 1216, height: 956, drawWidth: 1216 });
  });

  it('centres the export on a 1920×1080 slide inside the margins', () => {
    const wide = rasterPlan(1000, 400, 'slide');
    expect(wide).toMatchObject({ width: 1920, height: 1080, drawX: 96, drawWidth: 1728 });
    expect(wide.drawY).toBe(Math.round((1080 - wide.drawHeight) / 2));
    const tall = rasterPlan(600, 600, 'slide');
    expect(tall).toMatchObject({ drawY: 96, drawHeight: 888, drawWidth: 888, drawX: 516 });
  });

  it('fits the deck image into the slide chart box at slide resolution', () => {
    const plan = rasterPlan(608, 300, 'deck');
    expect(plan.width).toBeLessThanOrEqual(DECK_CHART_BOX_PX.width);
    expect(plan.height).toBeLessThanOrEqual(DECK_CHART_BOX_PX.height);
    expect(Math.max(plan.width / DECK_CHART_BOX_PX.width, plan.height / DECK_CHART_BOX_PX.height)).toBeCloseTo(1, 2);
  });

  it('reads the size of markup or an element', () => {
    expect(
      svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="608" height="478.5">'),
    ).toEqual({
      width: 608,
      height: 478.5,
    });
    expect(svgSize('<svg viewBox="0 0 300 150"></svg>')).toEqual({ width: 300, height: 150 });
    expect(() => svgSize('<svg></svg>')).toThrow();
  });
});
