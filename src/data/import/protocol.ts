import type { Mapping } from '../../domain/import/mapping.ts';
import type { Problem } from '../../domain/import/problems.ts';
import type { ShapeId } from '../../domain/import/shapes.ts';
import type { FileKind, ImportErrorCode, TextEncoding } from '../../domain/import/sniff.ts';

/** Messages between the page and the import worker (import-worker.ts). */
export type ToWorker =
  | { type: 'open'; file: File; encoding?: TextEncoding }
  | {
      type: 'validate';
      shape: ShapeId;
      mapping: Mapping;
      idPrefix: string;
      /** Case ids already loaded: the public record's (null) and earlier imports' (their name). */
      knownCaseIds: [string, string | null][];
    }
  /** `datasetId` marks each imported case with the dataset it came from. */
  | { type: 'build'; datasetId: string };

export interface OpenedFile {
  kind: FileKind;
  encoding: TextEncoding | null;
  bom: boolean;
  delimiter: string | null;
  headers: string[];
  /** First rows as text, for the mapping preview. */
  preview: string[][];
  rowCount: number;
  lineEnds: { crlf: number; lf: number; cr: number } | null;
  strayQuotes: number[];
}

export interface ValidationSummary {
  total: number;
  valid: number;
  flagged: number;
  errors: number;
  warnings: number;
  problems: Problem[];
  period: [number, number] | null;
}

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number; phase: 'read' | 'validate' | 'build' }
  | { type: 'opened'; file: OpenedFile }
  | { type: 'validated'; summary: ValidationSummary }
  | { type: 'built'; ipc: Uint8Array; parquet: Uint8Array; rows: number }
  | { type: 'error'; code: ImportErrorCode | 'internal'; detail: Record<string, string | number> };
