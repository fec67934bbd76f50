import { describe, expect, it } from 'vitest';
import { cssString, printFrameCss } from '../../src/views/a11y/PrintFrame.tsx';

describe('print frame', () => {
  it('quotes text for CSS content, escaping quotes, backslashes and line breaks', () => {
    expect(cssString('a "b" \\c\nd')).toBe('"a \\"b\\" \\\\c d"');
  });

  it('writes the four margin boxes, the page number after the link', () => {
    const css = printFrameCss({ left: 'L', right: 'R', bottomLeft: 'BL', bottomRight: 'BR' });
    expect(css).toContain('@top-left { content: "L";');
    expect(css).toContain('@top-right { content: "R";');
    expect(css).toContain('@bottom-left { content: "BL";');
    expect(css).toContain('@bottom-right { content: "BR" " · " counter(page) " / " counter(pages);');
  });
});
