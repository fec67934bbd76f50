import { sql, StandardSQL } from '@codemirror/lang-sql';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef } from 'react';
import type { SchemaList } from '../../state/use-sql-console.ts';
import { sqlTheme } from './sql-theme.ts';

/** CodeMirror 6 with SQL highlighting and completion of jiko's table and column names; Ctrl/⌘-Enter runs. */
export function SqlEditor(props: { initial: string; schema: SchemaList; onRun: (sql: string) => void; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onRun = useRef(props.onRun);
  useEffect(() => {
    onRun.current = props.onRun;
  }, [props.onRun]);
  const initial = useRef(props.initial);
  useEffect(() => {
    const completion = Object.fromEntries(props.schema.map((t) => [t.table, t.columns.map((c) => c.name)]));
    const doc = view.current?.state.doc.toString() ?? initial.current;
    view.current?.destroy();
    view.current = new EditorView({
      doc,
      parent: host.current!,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: (v) => (onRun.current(v.state.doc.toString()), true) }]),
        basicSetup,
        sqlTheme,
        sql({ dialect: StandardSQL, schema: completion, upperCaseKeywords: true }),
        EditorView.contentAttributes.of({ 'aria-label': props.label, 'data-testid': 'sql-editor' }),
      ],
    });
    return () => {
      view.current?.destroy();
      view.current = null;
    };
  }, [props.schema, props.label]);
  return <div ref={host} className="sql-editor" />;
}

/** The editor's text, for the run button (the editor owns its document). */
export function editorText(root: ParentNode = document): string {
  const el = root.querySelector('.sql-editor .cm-content');
  const v = el ? EditorView.findFromDOM(el as HTMLElement) : null;
  return v?.state.doc.toString() ?? '';
}
