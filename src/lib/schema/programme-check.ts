// Checks what programme.json says of the map: each stated region's mapRegions must name regions of regions.json, and
// only a region may name any (a pillar or a component is not a place). Runs in the validator, which has both files.
import { describeValue, type Problem } from './problem';

interface Statement {
  id: string;
  kind: string;
  mapRegions: string[];
}

export function checkMapRegions(file: string, records: Statement[], regionIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  records.forEach((r) => {
    const record = `"${r.id}"`;
    if (r.kind !== 'region' && r.mapRegions.length > 0) {
      problems.push({ file, record, field: 'mapRegions', expected: 'no map regions on a pillar or component (only a "region" record names any)', found: describeValue(r.mapRegions) });
      return;
    }
    r.mapRegions.forEach((id, i) => {
      if (!regionIds.has(id)) {
        problems.push({ file, record, field: `mapRegions.${i}`, expected: `the id of a record in regions.json (${[...regionIds].join(', ')})`, found: describeValue(id) });
      }
    });
  });
  return problems;
}
