/** Shared by the PNG presets and the .pptx layout, so a slide image is rendered at the size it is shown. */

export const SLIDE_PX = { width: 1920, height: 1080, margin: 96 };

/** pptxgenjs LAYOUT_16x9 is 10 × 5.625 in; at 1920 px wide that is 192 px per inch. */
export const SLIDE_IN = { width: 10, height: 5.625 };
export const PX_PER_IN = SLIDE_PX.width / SLIDE_IN.width;

/** Where a chart image goes on a deck slide, between the title and the caption. */
export const DECK_CHART_BOX_IN = { x: 0.4, y: 1.2, w: 9.2, h: 3.5 };

export const DECK_CHART_BOX_PX = {
  width: Math.round(DECK_CHART_BOX_IN.w * PX_PER_IN),
  height: Math.round(DECK_CHART_BOX_IN.h * PX_PER_IN),
};
