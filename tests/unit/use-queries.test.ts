// @vitest-environment jsdom
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetRegistry } from '../../src/data/dataset-registry.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { q, type Query } from '../../src/query/sql.ts';
import { DataContext, type DataState } from '../../src/state/data-context.ts';
import { SnapshotContext } from '../../src/state/snapshot-context.ts';
import { useQueries, type QueriesState } from '../../src/state/use-queries.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A data context whose run() records every SQL it is asked and answers with the SQL's own text. */
function fakeData(version: { n: number }) {
  const asked: string[] = [];
  const registry = { getVersion: () => version.n } as unknown as DatasetRegistry;
  const data: DataState = {
    status: 'ready',
    manifest: {} as Manifest,
    registry,
    engineVersion: 'test',
    run: (<R>(query: Query<R>) => {
      asked.push(`${query.sql} ${JSON.stringify(query.params)}`);
      return Promise.resolve([{ sql: query.sql, params: query.params }] as unknown as R[]);
    }) as DataState extends { run: infer F } ? F : never,
  };
  return { data, asked };
}

let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

type Set = { bars: Query<unknown>; hist: Query<unknown> };

async function render(
  data: DataState,
  sets: Set[],
  before: (i: number) => void = () => undefined,
): Promise<QueriesState<Set, number>[]> {
  const seen: QueriesState<Set, number>[] = [];
  function Probe({ set, i }: { set: Set; i: number }) {
    seen.push(useQueries(set, i));
    return null;
  }
  const wrap = (child: ReactNode) =>
    createElement(
      DataContext.Provider,
      { value: data },
      createElement(SnapshotContext.Provider, { value: null }, child),
    );
  root = createRoot(document.createElement('div'));
  for (const [i, set] of sets.entries()) {
    before(i);
    await act(async () => root!.render(wrap(createElement(Probe, { set, i }))));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
  }
  return seen;
}

const bars = q('SELECT bars');
const hist = (p: number) => q('SELECT hist WHERE qi = ?', [p]);

describe('useQueries', () => {
  it('runs a query the previous complete set already answered only once while the data stays the same', async () => {
    const { data, asked } = fakeData({ n: 1 });
    const seen = await render(data, [
      { bars, hist: hist(1) },
      { bars, hist: hist(2) },
      { bars, hist: hist(3) },
    ]);
    expect(asked).toEqual([
      'SELECT bars []',
      'SELECT hist WHERE qi = ? [1]',
      'SELECT hist WHERE qi = ? [2]',
      'SELECT hist WHERE qi = ? [3]',
    ]);
    const last = seen.at(-1)!.last!;
    // the reused answer is the bars' own, the new one the third period's, labelled with the inputs they were asked with
    expect(last.rows.bars).toEqual([{ sql: 'SELECT bars', params: [] }]);
    expect(last.rows.hist).toEqual([{ sql: 'SELECT hist WHERE qi = ?', params: [3] }]);
    expect(last.inputs).toBe(2);
  });

  it('asks again once a dataset was loaded or replaced (the registry version moved)', async () => {
    const version = { n: 1 };
    const { data, asked } = fakeData(version);
    await render(
      data,
      [
        { bars, hist: hist(1) },
        { bars, hist: hist(2) },
        { bars, hist: hist(3) },
      ],
      (i) => {
        if (i === 2) version.n = 2;
      },
    );
    expect(asked.filter((s) => s.startsWith('SELECT bars'))).toHaveLength(2);
  });
});
