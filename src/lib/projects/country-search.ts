// Finds countries by name in the interface language, with or without accents.
import { foldForSearch } from '../format/country-name';
import { compareText } from '../format/text-order';

export interface SearchEntry {
  code: string;
  name: string;
  /** Other names that should also match (the atlas's or the seeds' spelling, e.g. "Cabo Verde"). */
  aliases?: string[];
}

/** Names people also use, which the browser's country names may not (the seeds write "Cabo Verde"). */
export const NAME_ALIASES: Readonly<Record<string, string[]>> = {
  CV: ['Cabo Verde', 'Cape Verde'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  MK: ['North Macedonia', 'Macedonia'],
  TR: ['Türkiye', 'Turkey'],
  CZ: ['Czechia', 'Czech Republic'],
  SZ: ['Eswatini', 'Swaziland'],
  MM: ['Myanmar', 'Burma'],
};

/** Names that start with the query come first, then names that contain it; at most `limit`. */
export function searchCountries(entries: SearchEntry[], query: string, limit = 6): SearchEntry[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const scored = entries
    .map((e) => {
      const names = [e.name, ...(e.aliases ?? [])].map(foldForSearch);
      const score = names.some((n) => n.startsWith(q)) ? 0 : names.some((n) => n.split(' ').some((w) => w.startsWith(q))) ? 1 : names.some((n) => n.includes(q)) ? 2 : 3;
      return { e, score };
    })
    .filter((x) => x.score < 3);
  return scored.sort((a, b) => a.score - b.score || compareText(a.e.name, b.e.name)).slice(0, limit).map((x) => x.e);
}
