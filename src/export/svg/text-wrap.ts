/**
 * Line breaking for the text that the export adds around a chart (title, subtitle, footer). Widths are estimated
 * generously from character classes, so a line still fits when text-to-paths later sets it in Noto Sans JP.
 */

import { estimateTextWidth, isWide } from '../../lib/text-width.ts';

// Kinsoku: these never start a line, so they stick to the unit before them.
const NO_LINE_START = new Set('、。，．・：；？！）」』】〕〉》ー…‥ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;!?)]}%');
// ...and these never end one, so they stick to the unit after them.
const NO_LINE_END = new Set('（「『【〔〈《([{');

/** Splits into unbreakable units: a Latin word with its trailing spaces, or one CJK character. */
function units(text: string): string[] {
  const out: string[] = [];
  let open = '';
  let inWord = false;
  for (const ch of text) {
    const wide = isWide(ch.codePointAt(0) ?? 0);
    const canAppend = out.length > 0 && open === '';
    if (NO_LINE_END.has(ch)) {
      open += ch;
    } else if (canAppend && (ch === ' ' || NO_LINE_START.has(ch) || (inWord && !wide))) {
      out[out.length - 1] += ch;
      inWord = ch !== ' ' && !wide;
    } else {
      out.push(open + ch);
      open = '';
      inWord = ch !== ' ' && !wide;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Greedy line breaking; a unit wider than the line is cut between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const unit of units(paragraph)) {
      const candidate = line + unit;
      if (!line || estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      lines.push(line.trimEnd());
      line = unit.trimStart();
    }
    while (estimateTextWidth(line.trimEnd(), fontSize, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && estimateTextWidth(line.slice(0, cut), fontSize, bold) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
