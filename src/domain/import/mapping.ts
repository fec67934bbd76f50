import { SHAPES, type ImportShape, type ShapeId } from './shapes.ts';
import { toHalfWidth } from './values.ts';

/** Target column → index of the file column that feeds it (null: not in the file). */
export type Mapping = Record<string, number | null>;

const norm = (s: string) =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/^\uFEFF/, '')
    .replace(/[\s_・()（）［］[\]【】「」:：]/g, '');

/** Each target gets the first header equal to one of its aliases; a header is used at most once. */
export function autoMap(headers: readonly string[], shape: ImportShape): Mapping {
  // A template header "発生日時 (occurred_at)" matches by either name.
  const variants = headers.map((h) => {
    const m = /^(.*?)\s*[(（]\s*([^)）]*)\s*[)）]\s*$/.exec(h);
    return m ? [norm(h), norm(m[1]!), norm(m[2]!)] : [norm(h)];
  });
  const used = new Set<number>();
  const out: Mapping = {};
  for (const target of shape.targets) {
    let hit: number | null = null;
    for (const alias of target.aliases) {
      const i = variants.findIndex((v, idx) => v.includes(norm(alias)) && !used.has(idx));
      if (i >= 0) {
        hit = i;
        break;
      }
    }
    if (hit !== null) used.add(hit);
    out[target.name] = hit;
  }
  return out;
}

/**
 * The shape whose required columns the headers cover best; on a tie, the one that matches more of them (a case
 * file covers every report column a report file needs, and its summary and sources too), then reports.
 */
export function guessShape(headers: readonly string[]): ShapeId {
  const score = (id: ShapeId) => {
    const shape = SHAPES[id];
    const m = autoMap(headers, shape);
    const required = shape.targets.filter((t) => t.required);
    const hit = required.filter((t) => m[t.name] !== null).length;
    return { id, share: hit / required.length, hit };
  };
  const order: ShapeId[] = ['reports', 'report_tallies', 'cases'];
  return order
    .map(score)
    .reduce((best, s) => (s.share > best.share || (s.share === best.share && s.hit > best.hit) ? s : best)).id;
}

/** Required targets without a file column. */
export function missingRequired(shape: ImportShape, mapping: Mapping): string[] {
  return shape.targets.filter((t) => t.required && (mapping[t.name] ?? null) === null).map((t) => t.name);
}
