import { useCallback, useEffect, useRef, useState } from 'react';
import { autoMap, guessShape, missingRequired, type Mapping } from '../domain/import/mapping.ts';
import { SHAPES, type ShapeId } from '../domain/import/shapes.ts';
import type { TextEncoding } from '../domain/import/sniff.ts';
import { ImportError, ImportSession, type Progress } from '../data/import/import-session.ts';
import type { OpenedFile, ValidationSummary } from '../data/import/protocol.ts';
import { importedDatasets, newImportId } from '../data/imported/imported-datasets.ts';
import { QuotaError, sha256Hex, type ImportedMeta } from '../data/imported/store.ts';
import { knownCaseIds } from '../query/cases-source.ts';
import { useData } from './data-context.ts';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; progress: Progress | null }
  | { step: 'mapping'; file: OpenedFile; shape: ShapeId; mapping: Mapping }
  | { step: 'validating'; file: OpenedFile; shape: ShapeId; mapping: Mapping }
  | { step: 'report'; file: OpenedFile; shape: ShapeId; mapping: Mapping; summary: ValidationSummary }
  | { step: 'saving'; summary: ValidationSummary }
  | { step: 'done'; meta: ImportedMeta }
  | { step: 'failed'; error: Error }
  | { step: 'cancelled' };

/**
 * The import wizard's state: file → mapping → validation report → import or cancel. Nothing outside the worker
 * changes until "import" is chosen; cancelling at any step terminates the worker and leaves every dataset as it was.
 */
export function useImport() {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const session = useRef<ImportSession | null>(null);
  const fileRef = useRef<File | null>(null);
  const [fileName, setFileName] = useState('');
  const data = useData();
  useEffect(() => () => session.current?.dispose(), []);

  const fail = useCallback((e: unknown) => {
    if (e instanceof ImportError && e.code === 'cancelled') return;
    session.current?.dispose();
    session.current = null;
    setState({ step: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
  }, []);

  const open = useCallback(
    async (file: File, encoding?: TextEncoding) => {
      session.current?.dispose();
      const s = new ImportSession((p) =>
        setState((st) => (st.step === 'reading' ? { step: 'reading', progress: p } : st)),
      );
      session.current = s;
      fileRef.current = file;
      setFileName(file.name);
      setState({ step: 'reading', progress: null });
      try {
        const opened = await s.open(file, encoding);
        const shape = guessShape(opened.headers);
        setState({ step: 'mapping', file: opened, shape, mapping: autoMap(opened.headers, SHAPES[shape]) });
      } catch (e) {
        fail(e);
      }
    },
    [fail],
  );

  const setShape = useCallback((shape: ShapeId) => {
    setState((st) =>
      st.step === 'mapping' || st.step === 'report'
        ? { step: 'mapping', file: st.file, shape, mapping: autoMap(st.file.headers, SHAPES[shape]) }
        : st,
    );
  }, []);

  const setColumn = useCallback((target: string, source: number | null) => {
    setState((st) =>
      st.step === 'mapping' || st.step === 'report'
        ? { step: 'mapping', file: st.file, shape: st.shape, mapping: { ...st.mapping, [target]: source } }
        : st,
    );
  }, []);

  /** The case ids a cases import may not reuse: the public record's (null) and earlier imports' (their name). */
  const caseIdsTaken = useCallback(
    async (shape: ShapeId): Promise<[string, string | null][]> => {
      const store = importedDatasets();
      if (shape !== 'cases' || data.status !== 'ready' || !store) return [];
      const rows = await data.run(knownCaseIds(await store.casesSource()));
      const names = new Map(store.metas.map((m) => [m.id, m.name]));
      return rows.map((r) => [r.id, r.imported_dataset === null ? null : (names.get(r.imported_dataset) ?? '')]);
    },
    [data],
  );

  const validate = useCallback(async () => {
    if (state.step !== 'mapping' || !session.current) return;
    if (missingRequired(SHAPES[state.shape], state.mapping).length > 0) return;
    const { file, shape, mapping } = state;
    setState({ step: 'validating', file, shape, mapping });
    try {
      const summary = await session.current.validate(shape, mapping, 'R', await caseIdsTaken(shape));
      setState({ step: 'report', file, shape, mapping, summary });
    } catch (e) {
      fail(e);
    }
  }, [state, fail, caseIdsTaken]);

  const commit = useCallback(
    async (name: string) => {
      const store = importedDatasets();
      const f = fileRef.current;
      if (state.step !== 'report' || !session.current || !store || !f) return;
      const { summary, shape, file } = state;
      setState({ step: 'saving', summary });
      try {
        const id = newImportId();
        const built = await session.current.build(id);
        const meta: ImportedMeta = {
          id,
          name: name.trim() || f.name.replace(/\.[^.]+$/, ''),
          shape,
          rows: built.rows,
          period: summary.period,
          file: { name: f.name, size: f.size, sha256: await sha256Hex(f), lastModified: f.lastModified },
          importedAt: new Date().toISOString(),
          encoding: file.encoding,
          skipped: summary.total - summary.valid,
          flagged: summary.flagged,
        };
        await store.add(meta, built.ipc, built.parquet);
        session.current.dispose();
        session.current = null;
        setState({ step: 'done', meta });
      } catch (e) {
        fail(e);
      }
    },
    [state, fail],
  );

  const cancel = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setState({ step: 'cancelled' });
  }, []);

  const reopen = useCallback(
    (encoding: TextEncoding) => {
      if (fileRef.current) void open(fileRef.current, encoding);
    },
    [open],
  );

  return { state, fileName, open, reopen, setShape, setColumn, validate, commit, cancel };
}

export { ImportError, QuotaError };
