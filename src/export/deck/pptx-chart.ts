import type { NativeChart } from '../../charts/native-chart.ts';

/** Smallest text on a slide, in points: legible when a 1920×1080 slide is projected. */
export const MIN_SLIDE_PT = 12;

const hex = (css: string) => css.replace('#', '').toUpperCase();

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * pptxgenjs addChart arguments for a native chart: the data embedded (the chart's own worksheet), every axis,
 * legend and title at MIN_SLIDE_PT or more, gaps for missing values (never joined or drawn as 0).
 */
export function nativeChartArgs(
  chart: NativeChart,
  box: Box,
  font: string,
  lang: string,
): { type: 'bar' | 'line'; data: { name: string; labels: string[]; values: (number | null)[] }[]; opts: object } {
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const axisText = { fontFace: font, fontSize: MIN_SLIDE_PT, color: '343A40' };
  // A long category axis (60 quarters) shows every n-th label so that labels at 12 pt do not overlap.
  const every = Math.max(1, Math.ceil(chart.categories.length / 16));
  const opts = {
    ...box,
    lang,
    chartColors: chart.series.map((s) => hex(s.color)),
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: MIN_SLIDE_PT,
    legendFontFace: font,
    showTitle: false,
    catAxisLabelFontSize: axisText.fontSize,
    catAxisLabelFontFace: font,
    catAxisLabelColor: axisText.color,
    catAxisLabelFrequency: String(every),
    valAxisLabelFontSize: axisText.fontSize,
    valAxisLabelFontFace: font,
    valAxisLabelColor: axisText.color,
    valAxisLabelFormatCode: chart.format,
    valAxisMinVal: 0,
    showCatAxisTitle: true,
    catAxisTitle: chart.xTitle,
    catAxisTitleFontSize: MIN_SLIDE_PT,
    catAxisTitleFontFace: font,
    showValAxisTitle: true,
    valAxisTitle: chart.yTitle,
    valAxisTitleFontSize: MIN_SLIDE_PT,
    valAxisTitleFontFace: font,
    valGridLine: { color: 'DEE2E6', size: 0.75 },
    displayBlanksAs: 'gap',
    ...(chart.kind === 'bar'
      ? {
          barDir: 'col',
          barGrouping: chart.stacked ? 'stacked' : 'clustered',
          barGapWidthPct: 40,
          ...(chart.stacked ? { overlap: 100 } : {}),
        }
      : { lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 6 }),
  };
  return { type: chart.kind, data, opts };
}
