// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { firstDraw } from '../../src/charts/first-draws.ts';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k === 0 ? setTimeout(resolve, 0) : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

describe('first drawings of a view: the first at once, the others a frame apart', () => {
  it('draws the first chart of a task at once and the others later, in the order they asked', async () => {
    const log: string[] = [];
    firstDraw(() => log.push('a'));
    firstDraw(() => log.push('b'));
    firstDraw(() => log.push('c'));
    expect(log).toEqual(['a']);
    await frames(1);
    expect(log.slice(0, 2)).toEqual(['a', 'b']);
    await frames(3);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('draws at once again in a later task with nothing waiting', async () => {
    const log: string[] = [];
    firstDraw(() => log.push('a'));
    await new Promise((r) => setTimeout(r, 0));
    firstDraw(() => log.push('b'));
    expect(log).toEqual(['a', 'b']);
  });

  it('drops a waiting drawing that is cancelled (the figure went away or changed)', async () => {
    const log: string[] = [];
    firstDraw(() => log.push('a'));
    const cancel = firstDraw(() => log.push('b'));
    firstDraw(() => log.push('c'));
    cancel();
    await frames(4);
    expect(log).toEqual(['a', 'c']);
  });

  it('keeps a later first drawing behind those still waiting', async () => {
    const log: string[] = [];
    firstDraw(() => log.push('a'));
    firstDraw(() => log.push('b'));
    await Promise.resolve(); // the task's window has closed, but b still waits
    firstDraw(() => log.push('c'));
    expect(log).toEqual(['a']);
    await frames(4);
    expect(log).toEqual(['a', 'b', 'c']);
  });
});
