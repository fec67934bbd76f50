/** When an accident starts: its quarter (by cause) and a JST wall-clock time inside it. */
import type { Cause } from '../../../src/domain/causes.ts';
import { quarterMonths, type Quarter } from '../../../src/domain/fiscal.ts';
import { HOUR_PICKERS, QUARTER_PICKERS } from './mixes.ts';
import type { Rng } from './rng.ts';

export function drawQuarter(rng: Rng, cause: Cause): Quarter {
  if (cause === 'natural_disaster' || cause === 'capacity_overload') return QUARTER_PICKERS[cause].pick(rng);
  return QUARTER_PICKERS.default.pick(rng);
}

/** JST wall-clock start as milliseconds on the UTC axis (so that UTC getters read the wall clock). */
export function drawOccurredAt(rng: Rng, fy: number, quarter: Quarter, cause: Cause): number {
  const { year, months } = quarterMonths(fy, quarter);
  const start = Date.UTC(year, months[0] - 1, 1);
  const days = Math.round((Date.UTC(year, months[2], 1) - start) / 86_400_000);
  const day = start + Math.floor(rng() * days) * 86_400_000;
  const hours =
    cause === 'config_change' || cause === 'human_error'
      ? HOUR_PICKERS.maintenance
      : cause === 'capacity_overload'
        ? HOUR_PICKERS.capacity
        : HOUR_PICKERS.default;
  const hour = hours.pick(rng);
  const minute = Math.floor(rng() * 60);
  return day + (hour * 60 + minute) * 60_000;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function wallClockText(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${PAD2[d.getUTCMonth() + 1]}-${PAD2[d.getUTCDate()]}`;
  return `${date} ${PAD2[d.getUTCHours()]}:${PAD2[d.getUTCMinutes()]}:00`;
}
