/** The hand-written commentary block of RESULTS.md, which every run keeps. */
import { existsSync, readFileSync } from 'node:fs';

export const COMMENTARY_START = '<!-- commentary:start (hand-written; scripts/bench.ts keeps this block) -->';
export const COMMENTARY_END = '<!-- commentary:end -->';

export function keptCommentary(file: string): string {
  if (!existsSync(file)) return '_No commentary yet: write it here; the script keeps this block._';
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(COMMENTARY_START);
  const b = text.indexOf(COMMENTARY_END);
  if (a < 0 || b < a) return '_No commentary yet: write it here; the script keeps this block._';
  return text.slice(a + COMMENTARY_START.length, b).trim();
}
