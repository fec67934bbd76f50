import type { Mapping } from '../../domain/import/mapping.ts';
import type { ShapeId } from '../../domain/import/shapes.ts';
import type { ImportErrorCode, TextEncoding } from '../../domain/import/sniff.ts';
import type { FromWorker, OpenedFile, ToWorker, ValidationSummary } from './protocol.ts';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode | 'internal',
    readonly detail: Record<string, string | number>,
  ) {
    super(`${code} ${JSON.stringify(detail)}`);
  }
}

export type Progress = Extract<FromWorker, { type: 'progress' }>;

/**
 * One import, in its own worker: open a file, validate it under a mapping (as often as the mapping changes),
 * build the table. `cancel()` terminates the worker at once, whatever it is doing; nothing was loaded yet.
 */
export class ImportSession {
  private worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void; want: FromWorker['type'] } | null =
    null;

  constructor(private readonly onProgress: (p: Progress) => void) {
    this.worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') return this.onProgress(m);
      const w = this.waiting;
      this.waiting = null;
      if (!w) return;
      if (m.type === 'error') w.reject(new ImportError(m.code, m.detail));
      else w.resolve(m);
    });
    this.worker.addEventListener('error', (e) => {
      this.waiting?.reject(new ImportError('internal', { message: e.message || 'the import worker crashed' }));
      this.waiting = null;
    });
  }

  private ask<T extends FromWorker['type']>(msg: ToWorker, want: T): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve: resolve as (m: FromWorker) => void, reject, want };
      this.worker.postMessage(msg);
    });
  }

  async open(file: File, encoding?: TextEncoding): Promise<OpenedFile> {
    return (await this.ask({ type: 'open', file, encoding }, 'opened')).file;
  }

  async validate(
    shape: ShapeId,
    mapping: Mapping,
    idPrefix: string,
    knownCaseIds: [string, string | null][] = [],
  ): Promise<ValidationSummary> {
    return (await this.ask({ type: 'validate', shape, mapping, idPrefix, knownCaseIds }, 'validated')).summary;
  }

  async build(datasetId: string): Promise<{ ipc: Uint8Array; parquet: Uint8Array; rows: number }> {
    const m = await this.ask({ type: 'build', datasetId }, 'built');
    return { ipc: m.ipc, parquet: m.parquet, rows: m.rows };
  }

  cancel(): void {
    this.worker.terminate();
    this.waiting?.reject(new ImportError('cancelled', {}));
    this.waiting = null;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
