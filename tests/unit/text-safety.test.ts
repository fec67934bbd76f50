// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/data/run-query.ts';
import { serializeSvg } from '../../src/export/svg/serialize-svg.ts';

const HOSTILE = 'A\u0000B\u000BC\uFFFFD\u202Egnp.exe\u2066E\uD800F';

describe('hostile characters in data', () => {
  it('an SVG export is well-formed XML whatever its text holds', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = HOSTILE;
    svg.append(title);
    svg.setAttribute('aria-label', HOSTILE);
    const markup = serializeSvg(svg);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('ABCDgnp.exeEF');
    expect(doc.documentElement.getAttribute('aria-label')).toBe('ABCDgnp.exeEF');
  });

  it('query results reach the views without control or bidi override characters, lists included', () => {
    expect(plain(HOSTILE)).toBe('ABCDgnp.exeEF');
    expect(plain({ toArray: () => ['x\u202Ey', 'ok'] })).toEqual(['xy', 'ok']);
    expect(plain('日本語\tタブ\n改行 and emoji 📡')).toBe('日本語\tタブ\n改行 and emoji 📡');
    expect(plain(42)).toBe(42);
  });
});
