/** public/data/manifest.json: which datasets exist, which tables each has, and in which Parquet file. */
export interface ManifestTable {
  /** Table name in DuckDB. */
  name: string;
  /** Name of its definition in src/domain/schema/tables.ts (the same as `name` for the public record). */
  schema: string;
  file: string;
  rows: number;
}

export interface ManifestDataset {
  id: string;
  synthetic: boolean;
  /** Where the rows come from, for captions and exports. */
  provenance: string;
  tables: ManifestTable[];
  /** Set for a dataset the user imported (never in manifest.json): its name, for captions and exports. */
  imported?: { name: string; fileName: string };
}

export interface Manifest {
  schemaVersion: 1;
  datasets: ManifestDataset[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkTable(t: unknown, where: string): string | null {
  if (!isObject(t)) return `${where} is not an object`;
  for (const k of ['name', 'schema', 'file'] as const) {
    if (typeof t[k] !== 'string' || t[k] === '') return `${where}.${k} is not a non-empty string`;
  }
  if (!Number.isInteger(t.rows) || (t.rows as number) < 0) return `${where}.rows is not a row count`;
  if (/^[a-z]+:|^\/|\.\./i.test(t.file as string)) return `${where}.file "${String(t.file)}" is not a local file name`;
  return null;
}

/** The manifest's text checked for the shape jiko reads; throws an Error saying which field is wrong. */
export function parseManifest(text: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (!isObject(parsed)) throw new Error('not a JSON object');
  if (parsed.schemaVersion !== 1) throw new Error(`schemaVersion ${String(parsed.schemaVersion)} is not 1`);
  if (!Array.isArray(parsed.datasets)) throw new Error('"datasets" is missing or not a list');
  parsed.datasets.forEach((d: unknown, i) => {
    const where = `datasets[${i}]`;
    if (!isObject(d) || typeof d.id !== 'string') throw new Error(`${where}.id is not a string`);
    if (!Array.isArray(d.tables)) throw new Error(`${where}.tables is not a list`);
    d.tables.forEach((t: unknown, j) => {
      const problem = checkTable(t, `${where}.tables[${j}]`);
      if (problem) throw new Error(problem);
    });
  });
  return parsed as unknown as Manifest;
}
