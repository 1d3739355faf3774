// Checks that every source a record cites is named in sources.json, so the app can show it by title, publisher and
// date instead of a file name.
import { describeValue, type Problem } from './problem';

interface Citing {
  id: string;
  sources: { seed: string }[];
}

export function checkSourceNames(file: string, records: Citing[], listed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      if (!listed.has(s.seed)) {
        problems.push({ file, record: `"${r.id}"`, field: `sources.${i}.seed`, expected: 'a file listed in sources.json (add it there with its title, publisher and date)', found: describeValue(s.seed) });
      }
    });
  }
  return problems;
}
