// The programme's statements (programme.json) as the figures view lists them: one group per kind, in the file's order,
// each with the sources all its records share, shown once under the group (the one sentence that names them all).
import type { ProgrammeStatement, Region } from '../schema/datasets';
import { STATEMENT_KINDS, type StatementKind } from '../schema/programme-statement';
import { normaliseForQuote } from '../schema/sources-check';

type Source = ProgrammeStatement['sources'][number];

export interface StatementGroup {
  kind: StatementKind;
  statements: ProgrammeStatement[];
  /** The sources every statement of the group cites; none when they share none (each then shows its own). */
  shared: Source[];
}

const same = (a: Source, b: Source) => a.seed === b.seed && a.quote === b.quote;

export function groupStatements(records: readonly ProgrammeStatement[]): StatementGroup[] {
  return STATEMENT_KINDS.map((kind) => {
    const statements = records.filter((r) => r.kind === kind);
    const [first, ...others] = statements;
    const shared = first ? first.sources.filter((s) => others.every((o) => o.sources.some((t) => same(s, t)))) : [];
    return { kind, statements, shared };
  }).filter((g) => g.statements.length > 0);
}

/**
 * A statement's sources that the list does not already show: neither the group's nor a quote that the statement's own
 * name, description or note gives word for word (a component's description is its quote, which the factsheet prints in
 * capitals).
 */
export function ownSources(statement: ProgrammeStatement, group: StatementGroup): Source[] {
  const shown = normaliseForQuote([statement.name, statement.description, statement.note].join('\n'));
  return statement.sources.filter((s) => !group.shared.some((t) => same(s, t)) && !shown.includes(normaliseForQuote(s.quote)));
}

/** The map's regions that no stated region names: where the map's grouping differs from the programme's list. */
export function regionsNotStated(records: readonly ProgrammeStatement[], regions: readonly Region[]): Region[] {
  const named = new Set(records.flatMap((r) => (r.kind === 'region' ? r.mapRegions : [])));
  return regions.filter((r) => !named.has(r.id));
}

/** The map's regions a stated region names, in its order; an id regions.json lacks is left out (the validator names it). */
export function mapRegionsOf(statement: ProgrammeStatement, regions: readonly Region[]): Region[] {
  return statement.mapRegions.flatMap((id) => regions.filter((r) => r.id === id));
}
