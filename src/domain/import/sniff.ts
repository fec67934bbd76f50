/** What a file is, from its first bytes and its name; the reader for each kind lives in src/data/import/. */

export type FileKind = 'delimited' | 'parquet' | 'xlsx';
export type TextEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

/** A file jiko refuses, with a code the UI turns into a message in either language. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`);
  }
}

export type ImportErrorCode =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'zip_not_xlsx'
  | 'xlsx_encrypted'
  | 'xls_old'
  | 'xlsx_corrupt'
  | 'xlsx_empty'
  | 'parquet_corrupt'
  | 'unclosed_quote'
  | 'no_header'
  | 'header_only'
  | 'too_many_columns'
  | 'duplicate_header'
  | 'ragged'
  | 'too_many_rows'
  | 'unsupported'
  | 'cancelled';

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PAR1 = [0x50, 0x41, 0x52, 0x31];
const BINARY_MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
];

/**
 * The kind of file by content first (a renamed file is read as what it is, or refused with a message naming
 * what it looks like), by name only for text.
 */
export function sniffKind(head: Uint8Array, fileName: string, size: number): FileKind {
  if (size === 0) throw new ImportFileError('empty');
  if (starts(head, PAR1)) return 'parquet';
  if (starts(head, OLE)) {
    // Excel writes a password-protected .xlsx as an OLE container (EncryptedPackage); old .xls is OLE too.
    throw new ImportFileError(/\.xls$/i.test(fileName) ? 'xls_old' : 'xlsx_encrypted');
  }
  if (starts(head, ZIP)) {
    if (/\.(xlsx|xlsm)$/i.test(fileName) || hasXlsxPart(head)) return 'xlsx';
    throw new ImportFileError('zip_not_xlsx');
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw new ImportFileError('xlsx_corrupt', { reason: 'not a zip archive' });
  if (/\.parquet$/i.test(fileName)) throw new ImportFileError('parquet_corrupt', { reason: 'no PAR1 header' });
  for (const [sig, what] of BINARY_MAGIC) if (starts(head, sig)) throw new ImportFileError('binary', { what });
  if (looksBinary(head)) throw new ImportFileError('binary', { what: 'binary data' });
  return 'delimited';
}

function hasXlsxPart(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
  return text.includes('[Content_Types].xml') || text.includes('xl/');
}

/** NUL bytes or many control characters in the first bytes (UTF-16 text excepted, by its BOM). */
function looksBinary(head: Uint8Array): boolean {
  if (starts(head, [0xff, 0xfe]) || starts(head, [0xfe, 0xff])) return false;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * UTF-8 (with or without BOM) when the bytes decode strictly as UTF-8, UTF-16 by its BOM, otherwise Shift_JIS
 * (CP932, what Japanese Excel writes). A cut multi-byte character at the end of the sample is not an error.
 */
export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bom: boolean } {
  if (starts(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: true };
  if (starts(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (starts(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'shift_jis', bom: false };
  }
}
