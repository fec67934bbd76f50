// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUrlState } from '../../src/state/use-url-state.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A checkbox whose state lives in the hash, as the filter panel's do. */
function HashCheckbox() {
  const [state, set] = useUrlState();
  const on = state.params.flag === '1';
  return createElement('input', {
    type: 'checkbox',
    checked: on,
    onChange: () => set({ params: { ...state.params, flag: on ? '' : '1' } }),
  });
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  window.location.hash = '#/overview';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('useUrlState', () => {
  it('shows a click on a hash-bound checkbox at once, before the browser fires hashchange', () => {
    act(() => root.render(createElement(HashCheckbox)));
    const box = container.querySelector('input')!;
    expect(box.checked).toBe(false);
    // No await: the hashchange event is queued as a task and has not run when the click returns.
    act(() => box.click());
    expect(window.location.hash).toContain('flag=1');
    expect(box.checked).toBe(true);
    act(() => box.click());
    expect(window.location.hash).not.toContain('flag=1');
    expect(box.checked).toBe(false);
  });
});
