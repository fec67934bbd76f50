import {
  Bool,
  Float64,
  Int32,
  Int64,
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

type Kind = 'utf8' | 'timestamp' | 'int32' | 'int64' | 'float64' | 'bool';

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

function bitmap(values: readonly unknown[]): { bits: Uint8Array; nulls: number } {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, i) => {
    if (v == null) nulls++;
    else bits[i >> 3]! |= 1 << (i & 7);
  });
  return { bits, nulls };
}

/**
 * One column as an Arrow vector, built from typed arrays with makeData: apache-arrow's builders (vectorFromArray)
 * compile a validity check with `new Function`, which the app's CSP forbids.
 */
function vectorOf(kind: Kind, values: readonly unknown[]): Vector {
  const length = values.length;
  const { bits, nulls } = bitmap(values);
  const nullBitmap = nulls > 0 ? bits : undefined;
  if (kind === 'utf8') {
    const enc = new TextEncoder();
    const parts = values.map((v) => (v == null ? new Uint8Array(0) : enc.encode(String(v))));
    const offsets = new Int32Array(length + 1);
    parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
    const data = new Uint8Array(offsets[length]!);
    parts.forEach((p, i) => data.set(p, offsets[i]!));
    return makeVector(
      makeData({ type: new Utf8(), length, nullCount: nulls, nullBitmap, valueOffsets: offsets, data }),
    );
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
export function columnsToIpc(shape: 'reports' | 'report_tallies', columns: Record<string, unknown[]>): Uint8Array {
  const kinds = (shape === 'reports' ? REPORT_KINDS : TALLY_KINDS) as Record<string, Kind>;
  const vectors = Object.fromEntries(
    Object.entries(kinds).map(([name, kind]) => [name, vectorOf(kind, columns[name]!)]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
