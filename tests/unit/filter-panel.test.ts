// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel, type FilterOptions } from '../../src/views/reports/FilterPanel.tsx';
import { NO_FILTERS, type Filters } from '../../src/query/report-filters.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The filter panel's handlers while a brush moves the period: every change keeps what is set, the period included. */
const options: FilterOptions = { fyMin: 2019, fyMax: 2021, operators: [{ value: 'KDDI', n: 3 }] };
let container: HTMLDivElement;
let root: Root;
let changes: Filters[];

const render = (filters: Filters) =>
  act(() => root.render(createElement(FilterPanel, { filters, options, onChange: (f) => changes.push(f) })));
const el = <T extends Element>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  changes = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('filter panel', () => {
  it('a cause ticked after the brush moved keeps the brushed period and the other filters', () => {
    render({ ...NO_FILTERS, majorOnly: true, period: [8076, 8077] });
    // the brush moves on: the panel re-renders with a new period only
    render({ ...NO_FILTERS, majorOnly: true, period: [8077, 8079] });
    act(() => el<HTMLInputElement>('filter-cause-software_bug').click());
    expect(changes).toEqual([{ ...NO_FILTERS, majorOnly: true, causes: ['software_bug'], period: [8077, 8079] }]);
  });

  it('shows the period the brush is at, and a new end of it keeps the other end', () => {
    render({ ...NO_FILTERS, period: [8076, 8077] });
    render({ ...NO_FILTERS, period: [8077, 8079] });
    const from = el<HTMLSelectElement>('filter-period-from');
    const to = el<HTMLSelectElement>('filter-period-to');
    expect([from.value, to.value]).toEqual(['8077', '8079']);
    // 2019年度 第1四半期 … 2021年度 第4四半期: twelve quarters and "any"
    expect(from.options).toHaveLength(13);
    expect(from.options[1]!.textContent).toBe('2019年度 第1四半期');
    act(() => {
      from.value = '8084';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // a From after To swaps them: the range is never empty
    expect(changes.at(-1)!.period).toEqual([8079, 8084]);
  });

  it('counts the period as a filter, resets everything and clears the period alone', () => {
    render({ ...NO_FILTERS, causes: ['software_bug'], period: [8076, 8079] });
    expect(el('filter-count').textContent).toContain('2');
    act(() => el<HTMLButtonElement>('filter-period-clear').click());
    expect(changes.at(-1)).toEqual({ ...NO_FILTERS, causes: ['software_bug'], period: undefined });
    act(() => el<HTMLButtonElement>('filter-reset').click());
    expect(changes.at(-1)).toEqual(NO_FILTERS);
  });
});
