// Which of the validator's problems belong to a record and to a field of the form: the validator names a record as
// "id" (record n), record n or "id", and a field by its path ("sources.0.quote", "countries.3").
import type { Problem } from '../schema/problem';
import type { Warning } from '../schema/check-datasets';

export function isRecord(problem: Problem, index: number, id: unknown): boolean {
  const n = /record (\d+)\)?$/.exec(problem.record)?.[1];
  if (n !== undefined) return Number(n) === index + 1;
  return typeof id === 'string' && problem.record === `"${id}"`;
}

export function ofRecord(problems: readonly Problem[], file: string, index: number, id: unknown): Problem[] {
  return problems.filter((p) => p.file === file && isRecord(p, index, id));
}

/** The problems of one field: its own, and those of its items ("countries.3" belongs to "countries"). */
export function ofField(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.field === path || p.field.startsWith(`${path}.`));
}

export function warningsOf(warnings: readonly Warning[], file: string, id: unknown): Warning[] {
  return warnings.filter((w) => w.file === file && w.id === id);
}
