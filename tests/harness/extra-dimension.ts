// A filter dimension the app does not have, added by tests to show that a new dimension is one row of the table.
import type { FilterDimension } from '../../src/lib/projects/filter-dimensions';
import { FILTER_DIMENSIONS } from '../../src/lib/projects/filter-dimensions';
import { CERTAINTIES, type Certainty } from '../../src/lib/schema/vocab';

export const CERTAINTY_DIMENSION: FilterDimension<'certainty', Certainty> = {
  key: 'certainty',
  param: 'certainty',
  parse: (raw) => (CERTAINTIES as readonly string[]).includes(raw) ? (raw as Certainty) : undefined,
  // Any catalogue string serves the test; a real row gets its own in both catalogues.
  label: 'panelYears',
  any: 'filterAny',
  options: () => CERTAINTIES.map((c) => ({ value: c, label: c })),
  matcher: (certainty) => (p) => p.period.certainty === certainty,
};

export const WITH_CERTAINTY: readonly FilterDimension[] = [...FILTER_DIMENSIONS, CERTAINTY_DIMENSION];
