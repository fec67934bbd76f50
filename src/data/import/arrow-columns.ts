import {
  Bool,
  DateDay,
  Field,
  Float64,
  Int32,
  Int64,
  List,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  TimestampMicrosecond,
  Utf8,
  type Vector,
} from 'apache-arrow';
import type { ReportColumns } from '../../domain/import/validate-reports.ts';
import type { TallyColumns } from '../../domain/import/validate-tallies.ts';
import type { CaseColumns } from '../../domain/import/validate-cases.ts';
import type { ShapeId } from '../../domain/import/shapes.ts';

type Kind = 'utf8' | 'timestamp' | 'date' | 'int32' | 'int64' | 'float64' | 'bool' | 'utf8_list';

const REPORT_KINDS: Record<keyof ReportColumns, Kind> = {
  report_id: 'utf8',
  occurred_at: 'timestamp',
  fiscal_year: 'int32',
  quarter: 'int32',
  operator: 'utf8',
  operator_type: 'utf8',
  service_category: 'utf8',
  cause: 'utf8',
  cause_group: 'utf8',
  duration_min: 'float64',
  affected_users: 'int64',
  users_qualifier: 'utf8',
  region: 'utf8',
  is_major: 'bool',
  is_synthetic: 'bool',
};

const TALLY_KINDS: Record<keyof TallyColumns, Kind> = {
  fiscal_year: 'int32',
  quarter: 'int32',
  dimension: 'utf8',
  category: 'utf8',
  accidents: 'int64',
  major: 'int64',
};

const CASE_KINDS: Record<keyof CaseColumns, Kind> = {
  id: 'utf8',
  fiscal_year: 'int32',
  quarter: 'int32',
  operator_ja: 'utf8',
  operator_en: 'utf8',
  occurred_at: 'utf8',
  occurred_precision: 'utf8',
  started_at: 'timestamp',
  occurred_date: 'date',
  duration_min: 'float64',
  duration_qualifier: 'utf8',
  affected_users: 'int64',
  users_qualifier: 'utf8',
  affected_users_max: 'int64',
  region: 'utf8',
  region_ja: 'utf8',
  service_category_ja: 'utf8',
  service_categories: 'utf8_list',
  services_affected: 'utf8',
  services_affected_ja: 'utf8',
  cause: 'utf8',
  cause_group: 'utf8',
  cause_ja: 'utf8',
  summary_en: 'utf8',
  countermeasures_en: 'utf8',
  countermeasures_ja: 'utf8',
  ja_translated: 'utf8_list',
  inquiries: 'int32',
  is_major: 'bool',
  evidence: 'utf8',
  source_urls: 'utf8_list',
  mirror_urls: 'utf8_list',
  notes: 'utf8',
  imported_dataset: 'utf8',
};

const KINDS: Record<ShapeId, Record<string, Kind>> = {
  reports: REPORT_KINDS,
  report_tallies: TALLY_KINDS,
  cases: CASE_KINDS,
};

function bitmap(values: readonly unknown[]): { bits: Uint8Array; nulls: number } {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, i) => {
    if (v == null) nulls++;
    else bits[i >> 3]! |= 1 << (i & 7);
  });
  return { bits, nulls };
}

function utf8Data(values: readonly unknown[], nulls: number, nullBitmap: Uint8Array | undefined) {
  const enc = new TextEncoder();
  const parts = values.map((v) => (v == null ? new Uint8Array(0) : enc.encode(String(v))));
  const offsets = new Int32Array(values.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
  const data = new Uint8Array(offsets[values.length]!);
  parts.forEach((p, i) => data.set(p, offsets[i]!));
  return makeData({
    type: new Utf8(),
    length: values.length,
    nullCount: nulls,
    nullBitmap,
    valueOffsets: offsets,
    data,
  });
}

/**
 * One column as an Arrow vector, built from typed arrays with makeData: apache-arrow's builders (vectorFromArray)
 * compile a validity check with `new Function`, which the app's CSP forbids.
 */
function vectorOf(kind: Kind, values: readonly unknown[]): Vector {
  const length = values.length;
  const { bits, nulls } = bitmap(values);
  const nullBitmap = nulls > 0 ? bits : undefined;
  if (kind === 'utf8') return makeVector(utf8Data(values, nulls, nullBitmap));
  if (kind === 'utf8_list') {
    // Lists are never NULL here (an empty list is "none published"), nor are their items.
    const lists = values as readonly string[][];
    const offsets = new Int32Array(length + 1);
    lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
    const child = utf8Data(lists.flat(), 0, undefined);
    const type = new List(new Field('item', new Utf8(), true));
    return makeVector(makeData({ type, length, nullCount: 0, valueOffsets: offsets, child }));
  }
  if (kind === 'date') {
    const data = Int32Array.from(values, (v) => (v == null ? 0 : Math.floor(Number(v) / 86_400_000)));
    return makeVector(makeData({ type: new DateDay(), length, nullCount: nulls, nullBitmap, data }));
  }
  if (kind === 'bool') {
    const data = new Uint8Array(Math.ceil(length / 8));
    values.forEach((v, i) => {
      if (v === true) data[i >> 3]! |= 1 << (i & 7);
    });
    return makeVector(makeData({ type: new Bool(), length, nullCount: nulls, nullBitmap, data }));
  }
  if (kind === 'int32') {
    const data = Int32Array.from(values, (v) => (v == null ? 0 : Number(v)));
    return makeVector(makeData({ type: new Int32(), length, nullCount: nulls, nullBitmap, data }));
  }
  if (kind === 'float64') {
    const data = Float64Array.from(values, (v) => (v == null ? 0 : Number(v)));
    return makeVector(makeData({ type: new Float64(), length, nullCount: nulls, nullBitmap, data }));
  }
  // Wall-clock milliseconds → microseconds (DuckDB TIMESTAMP).
  const scale = kind === 'timestamp' ? 1000n : 1n;
  const data = BigInt64Array.from(values, (v) => (v == null ? 0n : BigInt(Math.round(Number(v))) * scale));
  const type = kind === 'timestamp' ? new TimestampMicrosecond() : new Int64();
  return makeVector(makeData({ type, length, nullCount: nulls, nullBitmap, data } as Parameters<typeof makeData>[0]));
}

/** Validated columns → an Arrow IPC stream with the schema's types (TIMESTAMP, INTEGER, BIGINT …). */
export function columnsToIpc(shape: ShapeId, columns: Record<string, unknown[]>): Uint8Array {
  const kinds = KINDS[shape];
  const vectors = Object.fromEntries(
    Object.entries(kinds).map(([name, kind]) => [name, vectorOf(kind, columns[name]!)]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
