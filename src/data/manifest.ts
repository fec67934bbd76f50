/** public/data/manifest.json: which datasets exist, which tables each has, and in which Parquet file. */
export interface ManifestTable {
  name: string;
  file: string;
  rows: number;
}

export interface ManifestDataset {
  id: string;
  synthetic: boolean;
  tables: ManifestTable[];
}

export interface Manifest {
  schemaVersion: 1;
  datasets: ManifestDataset[];
}
