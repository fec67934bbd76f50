import type { Font, Glyph } from 'opentype.js';
import { slicesFor, sliceOf, type FontWeight } from './font-slices.ts';

/** Reads the WOFF bytes of one slice; the browser fetches bundled assets, tests read node_modules. */
export type FontLoader = (slice: string, weight: FontWeight) => Promise<ArrayBuffer>;

type Parse = (buffer: ArrayBuffer) => Font;

let parsePromise: Promise<Parse> | undefined;

// Loaded only at export time. Vite resolves the ESM build (named exports); Node's CJS build has a default only.
function loadParser(): Promise<Parse> {
  parsePromise ??= import('opentype.js').then((mod) => {
    const parse =
      (mod as { parse?: Parse }).parse ?? (mod as unknown as { default?: { parse?: Parse } }).default?.parse;
    if (!parse) throw new Error('opentype.js did not load');
    return parse;
  });
  return parsePromise;
}

export interface PlacedGlyph {
  font: Font;
  glyph: Glyph;
  /** Advance in font units, kerning with the next glyph included. */
  advance: number;
}

const WIDE_FROM = 0x2e80;

/** The Noto Sans JP slices loaded so far, for one loader; glyph lookup and measuring over all of them. */
export class FontSet {
  private readonly fonts = new Map<string, Promise<Font>>();
  private readonly ready = new Map<string, Font>();

  constructor(private readonly loader: FontLoader) {}

  private key(slice: string, weight: FontWeight): string {
    return `${slice}-${weight}`;
  }

  /** Loads every slice that the text needs in that weight (plus latin, whose .notdef draws missing glyphs). */
  async ensure(text: string, weight: FontWeight): Promise<void> {
    const slices = slicesFor(text);
    slices.add('latin');
    const parse = await loadParser();
    await Promise.all(
      [...slices].map((slice) => {
        const key = this.key(slice, weight);
        let font = this.fonts.get(key);
        if (!font) {
          font = this.loader(slice, weight).then((bytes) => {
            const parsed = parse(bytes);
            this.ready.set(key, parsed);
            return parsed;
          });
          font.catch(() => this.fonts.delete(key));
          this.fonts.set(key, font);
        }
        return font;
      }),
    );
  }

  /** Glyphs of a string with advances; characters no slice covers get latin's .notdef box. */
  layout(text: string, weight: FontWeight): PlacedGlyph[] {
    const placed: PlacedGlyph[] = [];
    const fallback = this.ready.get(this.key('latin', weight));
    let previous: { ch: string; item: PlacedGlyph } | undefined;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x20 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d) continue;
      const slice = sliceOf(cp);
      const font = (slice && this.ready.get(this.key(slice, weight))) || fallback;
      if (!font) throw new Error(`Font slice ${slice ?? 'latin'} (${weight}) is not loaded`);
      const glyph = font.charToGlyph(ch);
      const item: PlacedGlyph = { font, glyph, advance: glyph.advanceWidth ?? font.unitsPerEm / 2 };
      // Browsers kern Latin text by default; CJK text gets no proportional adjustment unless asked (palt).
      if (previous && previous.item.font === font && cp < WIDE_FROM && (previous.ch.codePointAt(0) ?? 0) < WIDE_FROM) {
        previous.item.advance += font.getKerningValue(previous.item.glyph, glyph);
      }
      placed.push(item);
      previous = { ch, item };
    }
    return placed;
  }

  /** Width in px of a string at a font size. */
  measure(text: string, fontSize: number, weight: FontWeight): number {
    return this.layout(text, weight).reduce((sum, g) => sum + (g.advance * fontSize) / g.font.unitsPerEm, 0);
  }
}

const sets = new WeakMap<FontLoader, FontSet>();

/** One FontSet per loader, so fonts parsed for one export are reused by the next. */
export function fontSetFor(loader: FontLoader): FontSet {
  let set = sets.get(loader);
  if (!set) {
    set = new FontSet(loader);
    sets.set(loader, set);
  }
  return set;
}
