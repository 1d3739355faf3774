// Every check `npm run validate` makes, on datasets already read: the schemas, duplicate ids, quotes against their
// source texts, sources named in sources.json, the show's references, missing or stale French. Pure, so the
// validator (Node, files on disk) and the editor (edit.html, files in memory) give the same verdict in the same words.
import { TRANSLATION_LOCALES } from '../i18n/languages';
import { TRANSLATABLE, translationOf, translationStatus } from '../i18n/translation-status';
import { ALL_DATASETS, programmeSpec, regionsSpec, sourcesSpec, type DatasetSpec, type ProgrammeStatement } from './datasets';
import { checkMapRegions } from './programme-check';
import { parseRecords } from './parse';
import type { Problem } from './problem';
import { parseShow, SHOW_FILE } from './show';
import { checkDocumentedSources, checkSourceNames } from './source-names-check';
import { checkSources } from './sources-check';

/** A warning does not fail the check: a record without its translation is shown in English, marked as such. */
export interface Warning {
  file: string;
  /** The record's id. */
  id: string;
  field: string;
  text: string;
}

export function formatWarning(w: Warning): string {
  return `${w.file} → "${w.id}" → ${w.field}: ${w.text}`;
}

export interface CheckResult {
  problems: Problem[];
  warnings: Warning[];
  /** The good records (or slides) of each file that was given. */
  counts: Map<string, number>;
}

type Sourced = { id: string; sources: { seed: string; quote: string }[] };

function translationWarnings(file: string, records: { id: string }[]): Warning[] {
  const spec = TRANSLATABLE[file];
  if (!spec) return [];
  const warnings: Warning[] = [];
  for (const r of records as unknown as Record<string, unknown>[]) {
    for (const locale of TRANSLATION_LOCALES) {
      const status = translationStatus(spec.english(r), translationOf(r, locale), spec.fields);
      const at = { file, id: String(r['id']), field: `translations.${locale}` };
      if (status.state === 'missing') warnings.push({ ...at, text: `no translation of ${status.fields.join(', ')}` });
      if (status.state === 'stale') warnings.push({ ...at, text: 'made from older English (or never stamped); check it, then run npm run stamp-translations' });
    }
  }
  return warnings;
}

/**
 * `json`: each file's content as parsed JSON, by file name; a file left out is not checked (the caller reports a
 * missing or unreadable file itself). `readSeed`: a source text by its file name, undefined when there is none.
 * show.json is checked when given, against the ids of the other files.
 */
export function checkDatasets(json: Readonly<Record<string, unknown>>, readSeed: (name: string) => string | undefined): CheckResult {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const counts = new Map<string, number>();
  const idsOf = new Map<string, Set<string>>();
  const seedExists = (name: string) => readSeed(name) !== undefined;

  const read = <T extends { id: string }>(spec: DatasetSpec<T>): T[] | null => {
    if (!(spec.file in json)) return null;
    const parsed = parseRecords(spec.file, spec.schema, json[spec.file]);
    problems.push(...parsed.problems);
    counts.set(spec.file, parsed.records.length);
    idsOf.set(spec.file, new Set(parsed.records.map((r) => r.id)));
    warnings.push(...translationWarnings(spec.file, parsed.records));
    return parsed.records;
  };

  // sources.json first: the other files' sources are checked against it.
  const documents = read(sourcesSpec) ?? [];
  documents.forEach((d, i) => {
    if (!seedExists(d.file)) problems.push({ file: sourcesSpec.file, record: `"${d.id}" (record ${i + 1})`, field: 'file', expected: 'the name of a file in data/seeds/', found: JSON.stringify(d.file) });
  });
  const listed = new Set(documents.map((d) => d.file));

  let programme: ProgrammeStatement[] = [];
  for (const spec of ALL_DATASETS as readonly DatasetSpec<Sourced>[]) {
    const records = read(spec);
    if (records === null) continue;
    problems.push(...checkSources(spec.file, records, readSeed));
    problems.push(...checkSourceNames(spec.file, records.filter((r) => r.sources.every((s) => seedExists(s.seed))), listed));
    problems.push(...checkDocumentedSources(spec.file, records));
    if (spec.file === programmeSpec.file) programme = records as unknown as ProgrammeStatement[];
  }
  // After every file: the stated regions name the map's regions by id. Only against a regions.json without mistakes: a
  // region left out for its own mistake is reported there, not again here.
  const regionIds = idsOf.get(regionsSpec.file);
  if (regionIds && !problems.some((p) => p.file === regionsSpec.file)) problems.push(...checkMapRegions(programmeSpec.file, programme, regionIds));

  // The show is optional: without show.json the app builds it from the milestones.
  if (SHOW_FILE in json) {
    const none = new Set<string>();
    const { show, problems: found } = parseShow(json[SHOW_FILE], { milestones: idsOf.get('milestones.json') ?? none, regions: idsOf.get('regions.json') ?? none, figures: idsOf.get('statistics.json') ?? none });
    problems.push(...found);
    if (show) counts.set(SHOW_FILE, show.slides.length);
  }
  return { problems, warnings, counts };
}
