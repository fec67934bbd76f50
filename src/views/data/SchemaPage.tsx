import { useI18n } from '../../state/i18n-context.ts';
import { SHAPES, type ShapeId } from '../../domain/import/shapes.ts';
import { templateCsv } from '../../domain/import/templates.ts';
import { SCHEMAS } from '../../domain/schema/tables.ts';
import { downloadBlob } from '../../export/download.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';

/** The importable shapes, generated from src/data/schema.ts and the import shapes so it cannot drift. */
export function SchemaPage() {
  const { t } = useI18n();
  return (
    <section className="schema-page" aria-labelledby="schema-heading" data-testid="schema-page">
      <h3 id="schema-heading">{t('schema.heading')}</h3>
      {(Object.keys(SHAPES) as ShapeId[]).map((id) => {
        const shape = SHAPES[id];
        const def = SCHEMAS[shape.schema]!;
        const byName = new Map(shape.targets.map((tg) => [tg.name, tg]));
        return (
          <details key={id} data-testid={`schema-${id}`}>
            <summary>
              {t(`import.shape.${id}` as MessageKey)} (<code>{def.name}</code>)
            </summary>
            <button
              type="button"
              data-testid={`template-${id}`}
              onClick={() =>
                downloadBlob(new Blob([templateCsv(id)], { type: 'text/csv;charset=utf-8' }), `jiko_template_${id}.csv`)
              }
            >
              {t('schema.template')}
            </button>
            <table>
              <thead>
                <tr>
                  <th>{t('schema.column')}</th>
                  <th>{t('schema.type')}</th>
                  <th>{t('schema.required')}</th>
                  <th>{t('schema.headers')}</th>
                  <th>{t('schema.allowed')}</th>
                </tr>
              </thead>
              <tbody>
                {def.columns.map((c) => {
                  const target = byName.get(c.name);
                  return (
                    <tr key={c.name}>
                      <td>
                        <code>{c.name}</code>
                      </td>
                      <td>{c.type}</td>
                      <td>{target?.required ? t('schema.yes') : target ? t('schema.derived') : t('schema.filled')}</td>
                      <td>{target ? target.aliases.slice(1, 4).join('、') : ''}</td>
                      <td>{c.allowed ? c.allowed.join(', ') : (c.unit ?? '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
    </section>
  );
}
