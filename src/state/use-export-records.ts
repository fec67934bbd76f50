import { useCallback, useEffect, useRef, useState } from 'react';
import { encodeRecords, type RecordsFormat } from '../data/export-records.ts';
import { downloadBlob } from '../export/download.ts';
import { recordsFileName } from '../export/filename.ts';
import { recordsMetadata, type RecordsDataset } from '../export/records-metadata.ts';
import type { Filters } from '../query/report-filters.ts';
import { filteredRecords } from '../query/reports.ts';

export type ExportRecordsStatus =
  | { state: 'idle' }
  | { state: 'query'; format: RecordsFormat }
  | { state: 'encode'; format: RecordsFormat; rows: number; done: number }
  | { state: 'done'; format: RecordsFormat; rows: number; fileName: string }
  | { state: 'failed'; format: RecordsFormat; error: string };

const MIME: Record<RecordsFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};

/**
 * Exports the records under the report views' filters (brushed period included) as CSV or Parquet: the query from
 * query/reports.ts, run and encoded off the main thread by data/export-records.ts, saved under the export naming.
 * One export at a time; a failure is reported and changes nothing.
 */
export function useExportRecords(
  table: string | null,
  dataset: RecordsDataset | undefined,
  filters: Filters,
  label: string,
) {
  const [status, setStatus] = useState<ExportRecordsStatus>({ state: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const set = (s: ExportRecordsStatus) => {
    if (mounted.current) setStatus(s);
  };

  const start = useCallback(
    async (format: RecordsFormat) => {
      if (!table || !dataset || running.current) return;
      running.current = true;
      const exportedAt = new Date();
      try {
        const query = filteredRecords(table, filters, { occurredAtText: format === 'csv' });
        const { bytes, rows } = await encodeRecords(
          query,
          format,
          recordsMetadata(dataset, filters, exportedAt, label),
          (s) =>
            set(
              s.step === 'query' ? { state: 'query', format } : { state: 'encode', format, rows: s.rows, done: s.done },
            ),
        );
        const fileName = recordsFileName(dataset, format, exportedAt);
        downloadBlob(new Blob([bytes as BlobPart], { type: MIME[format] }), fileName);
        set({ state: 'done', format, rows, fileName });
      } catch (e) {
        set({ state: 'failed', format, error: e instanceof Error ? e.message : String(e) });
      } finally {
        running.current = false;
      }
    },
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `set` only reads a ref
    [table, dataset, filters, label],
  );

  return { status, start, busy: status.state === 'query' || status.state === 'encode' };
}
