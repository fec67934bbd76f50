import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPreaggregates } from '../../src/data/preaggregates.ts';
import { over, preaggregate } from '../../src/query/preaggregate.ts';
import { q, type Query } from '../../src/query/sql.ts';

/** A stand-in for the DuckDB connection that records every statement it is sent, in order. */
function recorder(fail?: (sql: string) => boolean) {
  const sent: string[] = [];
  const base = async <R>(query: Query<R>): Promise<R[]> => {
    sent.push(query.sql.split('\n')[0]!);
    await Promise.resolve();
    if (fail?.(query.sql)) throw new Error('boom');
    return [] as R[];
  };
  return { sent, base };
}

const cube = (k: number) => preaggregate(q(`SELECT ${k} AS k`));
const reads = (k: number) => over(q(`SELECT * FROM cube_${k}`), [cube(k)]);

afterEach(() => vi.useRealTimers());

describe('pre-aggregated tables, built once per filter state', () => {
  it('builds a table once for every query that needs it, before any of them runs', async () => {
    const { sent, base } = recorder();
    const pre = createPreaggregates(base);
    await Promise.all([pre.run(reads(1)), pre.run(reads(1)), pre.run(reads(1))]);
    await pre.run(reads(1));
    const create = `CREATE OR REPLACE TEMP TABLE "${cube(1).name}" AS`;
    expect(sent).toEqual([
      create,
      'SELECT * FROM cube_1',
      'SELECT * FROM cube_1',
      'SELECT * FROM cube_1',
      'SELECT * FROM cube_1',
    ]);
  });

  it('runs a query that needs nothing as it is', async () => {
    const { sent, base } = recorder();
    await createPreaggregates(base).run(q('SELECT 42'));
    expect(sent).toEqual(['SELECT 42']);
  });

  it('tries again after a failed build instead of keeping the failure', async () => {
    let failing = true;
    const { sent, base } = recorder((sql) => failing && sql.startsWith('CREATE'));
    const pre = createPreaggregates(base);
    await expect(pre.run(reads(1))).rejects.toThrow('boom');
    failing = false;
    await pre.run(reads(1));
    expect(sent.filter((s) => s.startsWith('CREATE'))).toHaveLength(2);
    expect(sent.at(-1)).toBe('SELECT * FROM cube_1');
  });

  it('rebuilds every table after the data was replaced', async () => {
    const { sent, base } = recorder();
    const pre = createPreaggregates(base);
    await pre.run(reads(1));
    pre.invalidate();
    expect(pre.kept()).toEqual([]);
    await pre.run(reads(1));
    expect(sent.filter((s) => s.startsWith('CREATE'))).toHaveLength(2);
  });

  it('drops the least recently used table beyond the limit, later, and never one needed again meanwhile', async () => {
    vi.useFakeTimers();
    const { sent, base } = recorder();
    const pre = createPreaggregates(base, { max: 2, dropAfterMs: 1000 });
    await pre.run(reads(1));
    await pre.run(reads(2));
    await pre.run(reads(1)); // 1 is now the most recent
    await pre.run(reads(3)); // evicts 2
    expect(pre.kept()).toEqual([cube(1).name, cube(3).name]);
    await pre.run(reads(4)); // evicts 1 …
    await pre.run(reads(1)); // … which is needed again before the drop: rebuilt, and must not be dropped
    await vi.advanceTimersByTimeAsync(1000);
    const drops = sent.filter((s) => s.startsWith('DROP'));
    expect(drops).toEqual([`DROP TABLE IF EXISTS "${cube(2).name}"`, `DROP TABLE IF EXISTS "${cube(3).name}"`]);
    expect(pre.kept()).toEqual([cube(4).name, cube(1).name]);
  });
});
