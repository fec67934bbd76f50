import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, bottom to top (docs/ARCHITECTURE.md). A module may import from its own layer or a lower one;
 * nothing in src/ imports build code (scripts/); every module in src/ is there because the app uses it.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib'],
  ['domain'],
  ['i18n'],
  ['query'],
  ['data', 'charts'],
  ['export'],
  ['state'],
  ['views'],
  ['app'],
];
const TOP = LAYERS.length; // main.tsx and anything else at the root of src/

interface Edge {
  from: string;
  to: string;
}

const ROOT = join(import.meta.dirname, '../..');

function rankOf(path: string): number {
  const [top, folder, ...rest] = path.split('/');
  if (top !== 'src' || folder === undefined) return -1;
  if (rest.length === 0) return TOP;
  const rank = LAYERS.findIndex((l) => l.includes(folder));
  if (rank < 0) throw new Error(`${path}: src/${folder}/ is no layer; add it to LAYERS and to docs/ARCHITECTURE.md`);
  return rank;
}

/** Static imports, re-exports, dynamic import() and new URL('…', import.meta.url); Vite's `?worker&url` and such dropped. */
function specifiers(source: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bnew URL\(\s*)(['"])([^'"\n]+)\1/g;
  return [...source.matchAll(re)].map((m) => m[2]!.replace(/\?[\w&=]*$/, ''));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function edgesOf(dirs: readonly string[]): Edge[] {
  return dirs.flatMap(sourceFiles).flatMap((from) =>
    specifiers(readFileSync(join(ROOT, from), 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => ({ from, to: normalize(join(dirname(from), s)).replaceAll('\\', '/') })),
  );
}

function layerViolations(edges: readonly Edge[]): string[] {
  const bad: string[] = [];
  for (const { from, to } of edges) {
    if (!from.startsWith('src/')) continue;
    if (!to.startsWith('src/')) {
      bad.push(`${from} imports ${to}: src/ must not import from outside src/ (build code lives in scripts/)`);
      continue;
    }
    if (!/\.tsx?$/.test(to)) continue; // stylesheets belong to the module that imports them
    const [a, b] = [rankOf(from), rankOf(to)];
    if (b > a) bad.push(`${from} imports ${to}: a lower layer must not import a higher one`);
  }
  return bad;
}

/** Modules under src/ that scripts or tests import but nothing in src/ does: build or test code in disguise. */
function notShipped(edges: readonly Edge[], entries: readonly string[]): string[] {
  const usedBySrc = new Set(edges.filter((e) => e.from.startsWith('src/')).map((e) => e.to));
  const usedOutside = new Set(edges.filter((e) => !e.from.startsWith('src/')).map((e) => e.to));
  return [...usedOutside]
    .filter((m) => m.startsWith('src/') && !usedBySrc.has(m) && !entries.includes(m))
    .sort()
    .map((m) => `${m} is imported only by scripts or tests`);
}

describe('layers', () => {
  const real = edgesOf(['src', 'scripts', 'tests']);

  it('finds the imports it checks', () => {
    expect(real.filter((e) => e.from.startsWith('src/')).length).toBeGreaterThan(300);
    expect(real).toContainEqual({ from: 'src/main.tsx', to: 'src/app/App.tsx' });
    expect(real).toContainEqual({ from: 'src/data/parquet.ts', to: 'src/data/parquet-worker.ts' });
  });

  it('no module in src/ imports from a higher layer or from outside src/', () => {
    expect(layerViolations(real)).toEqual([]);
  });

  it('every module in src/ is imported by src/ itself', () => {
    expect(notShipped(real, ['src/main.tsx'])).toEqual([]);
  });

  it('catches a bad import (checked against a deliberately bad list)', () => {
    const bad: Edge[] = [
      { from: 'src/domain/causes.ts', to: 'src/query/filters.ts' },
      { from: 'src/lib/perf.ts', to: 'src/domain/fiscal.ts' },
      { from: 'src/charts/spec.ts', to: 'src/export/csv.ts' },
      { from: 'src/views/Overview.tsx', to: 'src/app/App.tsx' },
      { from: 'src/state/use-query.ts', to: 'src/views/QueryError.tsx' },
      { from: 'src/data/db.ts', to: 'scripts/lib/csv.ts' },
      { from: 'src/app/App.tsx', to: 'src/main.tsx' },
    ];
    const fine: Edge[] = [
      { from: 'src/charts/PlotFigure.tsx', to: 'src/data/db.ts' },
      { from: 'src/data/db.ts', to: 'src/charts/spec.ts' },
      { from: 'src/app/App.tsx', to: 'src/views/Overview.tsx' },
      { from: 'src/main.tsx', to: 'src/app/App.tsx' },
      { from: 'src/export/ExportMenu.tsx', to: 'src/export/export.css' },
      { from: 'scripts/build-data.ts', to: 'src/domain/schema/tables.ts' },
    ];
    expect(layerViolations(bad)).toHaveLength(bad.length);
    expect(layerViolations(fine)).toEqual([]);
    expect(() => layerViolations([{ from: 'src/utils/x.ts', to: 'src/lib/perf.ts' }])).toThrow(/no layer/);
  });

  it('catches a module only scripts or tests use', () => {
    const edges: Edge[] = [
      { from: 'src/main.tsx', to: 'src/app/App.tsx' },
      { from: 'tests/unit/x.test.ts', to: 'src/app/App.tsx' },
      { from: 'tests/unit/x.test.ts', to: 'src/domain/only-tests.ts' },
      { from: 'scripts/build-data.ts', to: 'src/data/only-build.ts' },
      { from: 'scripts/build-data.ts', to: 'scripts/lib/csv.ts' },
    ];
    expect(notShipped(edges, ['src/main.tsx'])).toEqual([
      'src/data/only-build.ts is imported only by scripts or tests',
      'src/domain/only-tests.ts is imported only by scripts or tests',
    ]);
  });

  it('reads every kind of import', () => {
    const src = `import { a } from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';
import './side.css';\nconst d = await import('./d.ts');\nnew Worker(new URL('./w.ts', import.meta.url));`;
    expect(specifiers(src)).toEqual(['./a.ts', '../b.ts', './c.ts', './side.css', './d.ts', './w.ts']);
  });
});
