/// <reference lib="webworker" />
import { Table as ParquetTable, writeParquet } from 'parquet-wasm/esm';
import { type Problem } from '../../domain/import/problems.ts';
import { detectEncoding, ImportFileError, sniffKind, type TextEncoding } from '../../domain/import/sniff.ts';
import { cellText, type RawTable } from '../../domain/import/table.ts';
import { validateReports, type ValidationResult } from '../../domain/import/validate-reports.ts';
import { validateTallies } from '../../domain/import/validate-tallies.ts';
import { validateCases } from '../../domain/import/validate-cases.ts';
import type { ShapeId } from '../../domain/import/shapes.ts';
import { columnsToIpc } from './arrow-columns.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { FromWorker, OpenedFile, ToWorker } from './protocol.ts';
import { readDelimited } from './read-delimited.ts';
import { parquetReady, readParquetTable } from './read-parquet.ts';
import { readXlsx } from './read-xlsx.ts';

/**
 * Reads, maps and checks an imported file off the main thread, holding the parsed table between steps so the
 * page never receives millions of cells. The page cancels by terminating the worker.
 */
const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

let table: RawTable | null = null;
let extraProblems: Problem[] = [];
let last: { shape: ShapeId; result: ValidationResult<Record<string, unknown[]>> } | null = null;

async function open(file: File, override?: TextEncoding): Promise<OpenedFile> {
  // The size limit comes first: a 300 MB file is refused at once, whatever is in it.
  const largest = Math.max(IMPORT_LIMITS.textBytes, IMPORT_LIMITS.parquetBytes, IMPORT_LIMITS.xlsxBytes);
  if (file.size > largest) throw new ImportFileError('too_large', { size: file.size, max: largest });
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  const kind = sniffKind(head, file.name, file.size);
  const limit =
    kind === 'xlsx'
      ? IMPORT_LIMITS.xlsxBytes
      : kind === 'parquet'
        ? IMPORT_LIMITS.parquetBytes
        : IMPORT_LIMITS.textBytes;
  if (file.size > limit) throw new ImportFileError('too_large', { size: file.size, max: limit });
  const progress = (loaded: number) => post({ type: 'progress', loaded, total: file.size, phase: 'read' });
  extraProblems = [];
  if (kind === 'delimited') {
    const detected = detectEncoding(head);
    const encoding = override ?? detected.encoding;
    const { table: t, info } = await readDelimited(file, encoding, progress);
    table = t;
    extraProblems = info.ragged.map((r) => ({
      row: r.row,
      column: '',
      value: `${r.fields} fields`,
      code: 'ragged' as const,
      detail: `the header has ${t.headers.length} columns`,
      severity: 'error' as const,
    }));
    return {
      kind,
      encoding,
      bom: detected.bom,
      delimiter: info.delimiter,
      headers: t.headers,
      preview: previewOf(t),
      rowCount: t.rowCount + info.ragged.length,
      lineEnds: info.lineEnds,
      strayQuotes: info.strayQuotes,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  progress(file.size);
  table = kind === 'xlsx' ? await readXlsx(bytes.buffer) : await readParquetTable(bytes);
  return {
    kind,
    encoding: null,
    bom: false,
    delimiter: null,
    headers: table.headers,
    preview: previewOf(table),
    rowCount: table.rowCount,
    lineEnds: null,
    strayQuotes: [],
  };
}

function previewOf(t: RawTable): string[][] {
  const n = Math.min(8, t.rowCount);
  return Array.from({ length: n }, (_, r) => t.columns.map((c) => cellText(c[r] ?? null)));
}

self.addEventListener('message', async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  try {
    if (msg.type === 'open') {
      post({ type: 'opened', file: await open(msg.file, msg.encoding) });
    } else if (msg.type === 'validate') {
      if (!table) throw new Error('no file open');
      const result =
        msg.shape === 'reports'
          ? validateReports(table, msg.mapping, msg.idPrefix)
          : msg.shape === 'cases'
            ? validateCases(table, msg.mapping, new Map(msg.knownCaseIds))
            : validateTallies(table, msg.mapping);
      last = { shape: msg.shape, result: result as unknown as ValidationResult<Record<string, unknown[]>> };
      const problems = [...extraProblems, ...result.problems].sort((a, b) => a.row - b.row);
      const errorRows = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.row));
      post({
        type: 'validated',
        summary: {
          total: result.total + extraProblems.length,
          valid: result.valid,
          flagged: result.flagged,
          errors: errorRows.size,
          warnings: problems.length - problems.filter((p) => p.severity === 'error').length,
          problems: problems.slice(0, 100_000),
          period: result.period,
        },
      });
    } else if (msg.type === 'build') {
      if (!last) throw new Error('nothing validated');
      post({ type: 'progress', loaded: 0, total: 1, phase: 'build' });
      const { columns } = last.result;
      if (last.shape === 'cases') columns.imported_dataset = columns.imported_dataset!.map(() => msg.datasetId);
      const ipc = columnsToIpc(last.shape, columns);
      await parquetReady();
      const parquet = writeParquet(ParquetTable.fromIPCStream(ipc));
      post({ type: 'built', ipc, parquet, rows: last.result.valid }, [ipc.buffer, parquet.buffer]);
    }
  } catch (err) {
    if (err instanceof ImportFileError) post({ type: 'error', code: err.code, detail: err.detail });
    else
      post({ type: 'error', code: 'internal', detail: { message: err instanceof Error ? err.message : String(err) } });
  }
});
