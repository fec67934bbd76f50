import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/data/import/read-delimited.ts';
import { autoMap, guessShape } from '../../src/domain/import/mapping.ts';
import { SHAPES, type ShapeId } from '../../src/domain/import/shapes.ts';
import { templateCsv } from '../../src/domain/import/templates.ts';
import { validateReports } from '../../src/domain/import/validate-reports.ts';
import { validateTallies } from '../../src/domain/import/validate-tallies.ts';
import { validateCases } from '../../src/domain/import/validate-cases.ts';
import { SCHEMAS } from '../../src/domain/schema/tables.ts';

describe('the downloadable templates', () => {
  it.each(['reports', 'report_tallies', 'cases'] as ShapeId[])(
    '%s: maps every column by itself and imports cleanly',
    async (id) => {
      const csv = templateCsv(id);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const { table } = await readDelimited(new File([csv], `${id}.csv`), 'utf-8', () => undefined);
      expect(guessShape(table.headers)).toBe(id);
      const mapping = autoMap(table.headers, SHAPES[id]);
      expect(Object.values(mapping).every((i) => i !== null)).toBe(true);
      const v =
        id === 'reports'
          ? validateReports(table, mapping, 'T')
          : id === 'cases'
            ? validateCases(table, mapping, new Map())
            : validateTallies(table, mapping);
      expect(v.problems).toEqual([]);
      expect(v.valid).toBe(2);
    },
  );

  it('reads the examples with their meaning: 和暦, 1時間30分, 約3.2万 kept as approx', async () => {
    const { table } = await readDelimited(new File([templateCsv('reports')], 'r.csv'), 'utf-8', () => undefined);
    const v = validateReports(table, autoMap(table.headers, SHAPES.reports), 'T');
    expect(v.columns.occurred_at[0]).toBe(Date.UTC(2023, 0, 25, 10, 30));
    expect(v.columns.fiscal_year[0]).toBe(2022);
    expect(v.columns.quarter[0]).toBe(4);
    expect(v.columns.duration_min[0]).toBe(90);
    expect(v.columns.affected_users[0]).toBe(32000);
    expect(v.columns.users_qualifier[0]).toBe('approx');
  });

  it('every import target is a column of its schema table (or the documented users_qualifier of imported reports)', () => {
    for (const shape of Object.values(SHAPES)) {
      const cols = [
        ...SCHEMAS[shape.schema]!.columns.map((c) => c.name),
        ...(shape.id === 'reports' ? ['users_qualifier'] : []),
      ];
      for (const t of shape.targets) expect(cols).toContain(t.name);
    }
  });
});
