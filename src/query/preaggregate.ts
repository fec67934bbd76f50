import { ident, q, type Query } from './sql.ts';

/**
 * A table materialised from a SELECT the first time a query needs it (Mosaic's pre-aggregation): the histograms'
 * counts per fiscal quarter and bin for one filter state, so every brush frame sums a few thousand rows instead of
 * scanning the reports. Its name is a hash of the SELECT and its parameters, so one filter state gives one table,
 * reused for as long as the filters stay, and no two states share a name.
 */
export interface Preaggregate {
  readonly name: string;
  readonly select: Query<unknown>;
}

/** 53-bit string hash (cyrb53): deterministic, and collisions between a page's few dozen states are negligible. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function preaggregate(select: Query<unknown>): Preaggregate {
  return { name: `__pre_${hash53(`${select.sql}\u0000${JSON.stringify(select.params)}`)}`, select };
}

/** The statement that builds it (again, after the data it reads was replaced). */
export function materializeQuery(p: Preaggregate): Query<unknown> {
  return q(`CREATE OR REPLACE TEMP TABLE ${ident(p.name)} AS\n${p.select.sql}`, p.select.params);
}

export function dropQuery(name: string): Query<unknown> {
  return q(`DROP TABLE IF EXISTS ${ident(name)}`);
}

/** A query over pre-aggregated tables: the runner materialises each one it needs first. */
export function over<R>(query: Query<R>, needs: readonly Preaggregate[]): Query<R> {
  return { ...query, needs };
}
