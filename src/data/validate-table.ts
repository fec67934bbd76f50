import type { ColumnType, TableDef } from '../domain/schema/tables.ts';

/** One row of DuckDB's DESCRIBE output. */
export interface DescribedColumn {
  column_name: string;
  column_type: string;
}

const COMPATIBLE: Record<ColumnType, RegExp> = {
  VARCHAR: /^VARCHAR$/,
  INTEGER: /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER)$/,
  BIGINT: /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/,
  DOUBLE: /^(FLOAT|DOUBLE|DECIMAL.*|TINYINT|SMALLINT|INTEGER|BIGINT)$/,
  BOOLEAN: /^BOOLEAN$/,
  TIMESTAMP: /^TIMESTAMP( WITH TIME ZONE|_MS|_S|_NS)?$/,
  DATE: /^DATE$/,
  'VARCHAR[]': /^VARCHAR\[\]$/,
};

/** Problems with a loaded table's columns against the documented schema; empty when it conforms. */
export function columnProblems(table: TableDef, described: DescribedColumn[]): string[] {
  const have = new Map(described.map((c) => [c.column_name, c.column_type]));
  const problems: string[] = [];
  for (const col of table.columns) {
    const type = have.get(col.name);
    if (type === undefined) problems.push(`missing column "${col.name}" (${col.type})`);
    else if (!COMPATIBLE[col.type].test(type)) {
      problems.push(`column "${col.name}" is ${type}, expected ${col.type}`);
    }
  }
  return problems;
}
