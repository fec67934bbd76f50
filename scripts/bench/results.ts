/** Writes results.json and RESULTS.md, and reads the --rows section of the previous results.json. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptCommentary } from './commentary.ts';
import type { DistSize } from './dist-size.ts';
import { renderMarkdown } from './markdown.ts';
import type { Meta } from './meta.ts';
import { renderTargets, type CompareResult } from './targets.ts';
import type { RunResult, ScaleResult, Stat } from './types.ts';

export function resultPaths(outDir: string): { outDir: string; json: string; md: string } {
  return { outDir, json: join(outDir, 'results.json'), md: join(outDir, 'RESULTS.md') };
}

/** The `scale` section of an earlier results.json, carried over by a run without --rows. */
export function previousScale(jsonPath: string): ScaleResult | null {
  if (!existsSync(jsonPath)) return null;
  const prev = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scale?: ScaleResult | null };
  return prev.scale ?? null;
}

export function writeResults(
  paths: ReturnType<typeof resultPaths>,
  r: {
    meta: Meta;
    summary: Record<string, Stat>;
    base: { cold: RunResult[]; warm: RunResult | null };
    size: DistSize;
    scale: ScaleResult | null;
    scaleCarried: boolean;
    compare: CompareResult | null;
  },
): void {
  const { meta, summary, base, size, scale, scaleCarried, compare } = r;
  mkdirSync(paths.outDir, { recursive: true });
  const commentary = keptCommentary(paths.md);
  writeFileSync(
    paths.json,
    JSON.stringify(
      {
        schemaVersion: 1,
        ...meta,
        summary,
        cold: base.cold,
        warm: base.warm,
        distSize: size,
        scale,
        scaleCarried,
        compare,
      },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(
    paths.md,
    renderMarkdown(
      meta,
      { ...base, summary },
      size,
      scale,
      scaleCarried,
      commentary,
      renderTargets(compare, summary, scale),
    ),
  );
}
