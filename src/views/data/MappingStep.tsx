import { useI18n } from '../../state/i18n-context.ts';
import { missingRequired, type Mapping } from '../../domain/import/mapping.ts';
import { SHAPES, type ShapeId } from '../../domain/import/shapes.ts';
import type { TextEncoding } from '../../domain/import/sniff.ts';
import type { OpenedFile } from '../../data/import/protocol.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';

const ENCODINGS: TextEncoding[] = ['utf-8', 'shift_jis', 'utf-16le'];

/** Detected column for each schema column, changeable; the first rows as they would be read. */
export function MappingStep(props: {
  file: OpenedFile;
  shape: ShapeId;
  mapping: Mapping;
  busy: boolean;
  onShape: (s: ShapeId) => void;
  onColumn: (target: string, source: number | null) => void;
  onEncoding: (e: TextEncoding) => void;
  onValidate: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { file, shape, mapping } = props;
  const targets = SHAPES[shape].targets;
  const missing = missingRequired(SHAPES[shape], mapping);
  const mixed =
    file.lineEnds && [file.lineEnds.crlf, file.lineEnds.lf, file.lineEnds.cr].filter((n) => n > 0).length > 1;
  return (
    <div className="import-mapping" data-testid="import-mapping">
      <p data-testid="import-file-info">
        {t(`import.kind.${file.kind}` as MessageKey)} · {t('import.rows', { n: file.rowCount.toLocaleString() })} ·{' '}
        {t('import.columns', { n: file.headers.length })}
        {file.encoding && (
          <>
            {' · '}
            <label>
              {t('import.encoding')}{' '}
              <select
                value={file.encoding}
                onChange={(e) => props.onEncoding(e.target.value as TextEncoding)}
                data-testid="import-encoding"
              >
                {ENCODINGS.map((e) => (
                  <option key={e} value={e}>
                    {e === 'shift_jis' ? 'Shift_JIS (CP932)' : e.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
            {file.bom && ` (BOM)`}
          </>
        )}
      </p>
      {mixed && (
        <p className="notice" data-testid="import-mixed-line-ends">
          {t('import.notice.mixedLineEnds', {
            crlf: file.lineEnds!.crlf,
            lf: file.lineEnds!.lf,
            cr: file.lineEnds!.cr,
          })}
        </p>
      )}
      {file.strayQuotes.length > 0 && (
        <p className="notice" data-testid="import-stray-quotes">
          {t('import.notice.strayQuotes', { lines: file.strayQuotes.slice(0, 5).join(', ') })}
        </p>
      )}
      <fieldset className="import-shape">
        <legend>{t('import.shape')}</legend>
        {(Object.keys(SHAPES) as ShapeId[]).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="import-shape"
              checked={shape === s}
              onChange={() => props.onShape(s)}
              data-testid={`import-shape-${s}`}
            />
            {t(`import.shape.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <table className="import-map-table">
        <thead>
          <tr>
            <th>{t('import.map.target')}</th>
            <th>{t('import.map.source')}</th>
            <th>{t('import.map.preview')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const src = mapping[target.name] ?? null;
            return (
              <tr key={target.name} className={target.required && src === null ? 'is-missing' : ''}>
                <th scope="row">
                  <code>{target.name}</code>
                  {target.required ? ' *' : ''}
                </th>
                <td>
                  <select
                    value={src ?? ''}
                    aria-label={target.name}
                    data-testid={`map-${target.name}`}
                    onChange={(e) => props.onColumn(target.name, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">{target.required ? t('import.map.none') : t('import.map.derive')}</option>
                    {file.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="import-map-table__preview">
                  {src === null
                    ? ''
                    : file.preview
                        .map((r) => r[src] ?? '')
                        .slice(0, 3)
                        .join(' | ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="notice is-error" data-testid="import-missing">
          {t('import.missing', { columns: missing.join(', ') })}
        </p>
      )}
      <div className="import-actions">
        <button
          type="button"
          onClick={props.onValidate}
          disabled={missing.length > 0 || props.busy}
          data-testid="import-validate"
        >
          {t('import.validate')}
        </button>
        <button type="button" onClick={props.onCancel} data-testid="import-cancel">
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
