/**
 * Estimated text widths from character classes, generous so that a line still fits when set in Noto Sans JP: the
 * export's line breaking (export/svg/text-wrap.ts) and the charts' tick labels (charts/log-axis.ts) use them.
 */

export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f000
  );
}

const NARROW = new Set("ijlI.,:;'|!()[]{}` ");

function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (ch === ' ') return 0.26;
  if (NARROW.has(ch)) return 0.32;
  if (/[A-Z0-9#%&@MWmw]/.test(ch)) return 0.68;
  return 0.58;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}
