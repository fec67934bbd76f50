import * as Plot from '@observablehq/plot';

/*
 * Tick labels for log scales. Plot passes a function tickFormat on a log scale through d3's log tickFormat, which
 * blanks labels whose mantissa is "not round" (1時間 = 60, 6時間 = 360 …). So the axis draws ticks and title only,
 * and the labels are a text mark at the chosen ticks. They take the chart's font size, which slides enlarge.
 */
export function logAxisX(ticks: number[], format: (v: number) => string, label: string): Plot.Markish[] {
  return [
    Plot.axisX(ticks, { tickFormat: () => '', label, tickSize: 6 }),
    Plot.text(ticks, {
      x: (v: number) => v,
      text: format,
      frameAnchor: 'bottom',
      dy: 17,
      className: 'log-tick-x',
    }),
  ];
}

export function logAxisY(ticks: number[], format: (v: number) => string, label: string): Plot.Markish[] {
  return [
    Plot.axisY(ticks, { tickFormat: () => '', label, tickSize: 6 }),
    Plot.text(ticks, {
      y: (v: number) => v,
      text: format,
      frameAnchor: 'left',
      dx: -9,
      textAnchor: 'end',
      className: 'log-tick-y',
    }),
  ];
}
