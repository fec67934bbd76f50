import { placeholders, type SqlParam } from './sql.ts';

/** A WHERE clause ('' when nothing restricts) and its parameters, in order. */
export interface Where {
  sql: string;
  params: SqlParam[];
}

/** Collects fixed SQL conditions, every value a `?` parameter, and joins them with AND. */
export class Conditions {
  private readonly parts: string[] = [];
  private readonly params: SqlParam[] = [];

  add(sql: string, ...values: SqlParam[]): this {
    this.parts.push(sql);
    this.params.push(...values);
    return this;
  }

  /** `column IN (?, …)`; an empty list restricts nothing. */
  in(column: string, values: readonly SqlParam[]): this {
    return values.length > 0 ? this.add(`${column} IN (${placeholders(values.length)})`, ...values) : this;
  }

  where(): Where {
    return { sql: this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '', params: [...this.params] };
  }
}
