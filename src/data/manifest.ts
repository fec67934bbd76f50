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
