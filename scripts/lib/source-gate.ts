import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';

/** A source file that cannot be read as jiko's sources must be: `file:line: problem`, never a stack trace. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Characters no text field may hold: C0/C1 controls other than tab and line breaks, DEL, the noncharacters
 * U+FFFE/U+FFFF (XML forbids all of these, so they would break every SVG export), and the bidi embeddings,
 * overrides and isolates, which can make a name display as something else.
 */
// oxlint-disable-next-line no-control-regex -- finding these characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The file's text, once it is proven to be clean UTF-8: no invalid bytes, no U+FFFD, no forbidden characters. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      valid = false;
    }
    throw new SourceFileError(
      file,
      lineAt(text, bad),
      valid
        ? 'contains U+FFFD (the replacement character): the text was damaged by a wrong encoding earlier'
        : 'is not valid UTF-8 (Shift_JIS or another encoding?): save the file as UTF-8',
    );
  }
  const m = FORBIDDEN.exec(text);
  if (m) throw new SourceFileError(file, lineAt(text, m.index), `control character ${codePoint(m[0])} in a text field`);
  return text;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = d[j]!;
      d[j] = next;
    }
  }
  return d[b.length]!;
}

/** The expected column a mistyped one most likely meant, if any is close. */
export function closest(name: string, expected: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const e of expected) {
    const score = e.includes(name) || name.includes(e) ? 0.5 : distance(name, e);
    if (score < bestScore) [best, bestScore] = [e, score];
  }
  return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/** The header must be exactly the documented columns: none unknown, none missing, none twice. */
export function checkHeader(header: readonly string[], expected: readonly string[], file: string): void {
  const seen = new Set<string>();
  for (const raw of header) {
    const name = raw.trim();
    if (seen.has(name)) throw new SourceFileError(file, 1, `header "${name}": duplicate column`);
    seen.add(name);
    if (!expected.includes(name)) {
      const hint = closest(
        name,
        expected.filter((e) => !header.includes(e)),
      );
      throw new SourceFileError(file, 1, `header "${name}": unknown column${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
  }
  const missing = expected.filter((e) => !seen.has(e));
  if (missing.length) {
    throw new SourceFileError(
      file,
      1,
      `header: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
}

/** A source file that is not a CSV (a minutes text): present, clean UTF-8, no forbidden characters. */
export function readSourceText(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new SourceFileError(file, 1, `missing: no such file in ${dir}`);
  return decodeSource(readFileSync(path), file);
}

/** Reads every source file through the gate; the texts it returns are safe to parse and validate. */
export function readSources<F extends string>(dir: string, columns: Record<F, readonly string[]>): Map<F, string> {
  const out = new Map<F, string>();
  for (const file of Object.keys(columns) as F[]) {
    const text = readSourceText(dir, file);
    if (text.replace(/^\uFEFF/, '').trim() === '') throw new SourceFileError(file, 1, 'empty file (no header line)');
    checkHeader(parseCsv(text, file).header, columns[file], file);
    out.set(file, text);
  }
  return out;
}
