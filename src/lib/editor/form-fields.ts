// The editor's forms, one table per dataset: a row per field, in the order the form shows them. Adding a field to a
// form is adding a row; each kind is one input (RecordForm.svelte). Fields without a row (a project's documented dates
// and links, a milestone's publication flag) are kept as they are and edited through the spreadsheet.
import { STATEMENT_KINDS } from '../schema/programme-statement';
import { CERTAINTIES, MILESTONE_CATEGORIES, PROJECT_KINDS, THEMES } from '../schema/vocab';
import type { JsonRecord } from './record-paths';

export type FieldKind = 'text' | 'longtext' | 'number' | 'year' | 'choice' | 'multichoice' | 'countries' | 'country' | 'names' | 'sources';

export interface FormField {
  /** The field's dotted path in the record, as the validator names it. */
  path: string;
  label: string;
  kind: FieldKind;
  options?: readonly string[];
  /** What each option means, where the value alone says little. */
  optionLabels?: Readonly<Record<string, string>>;
  hint?: string;
  /** An empty choice is kept as "" (a statistic's exact figure), not taken out. */
  keepEmpty?: true;
}

export interface EditableDataset {
  file: string;
  /** The tab's name. */
  title: string;
  /** One record, as the change list says it: "added project …". */
  singular: string;
  fields: readonly FormField[];
  /** A new record with its fields in the order the file keeps them. */
  blank: () => JsonRecord;
  /** The record's name in lists. */
  name: (record: JsonRecord) => string;
}

const CERTAINTY_LABELS = { stated: 'stated (a source says it outright)', inferred: 'inferred (reasoned from the sources)', uncertain: 'uncertain (a guess)' };
const id: FormField = { path: 'id', label: 'Id', kind: 'text', hint: 'Lower-case letters, digits and hyphens, e.g. "ocwar-t". Other files name the record by it.' };
const sources: FormField = { path: 'sources', label: 'Sources', kind: 'sources', hint: 'Each source: the document, and words copied exactly from it.' };
const editorNote: FormField = { path: 'editorNote', label: 'Note for editors (not shown on the site)', kind: 'longtext' };
const french = (path: string, label: string, kind: FieldKind = 'text'): FormField => ({ path: `translations.fr.${path}`, label: `${label} in French`, kind });
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '(no name yet)');

export const EDITABLE: readonly EditableDataset[] = [
  {
    file: 'projects.json',
    title: 'Projects',
    singular: 'project',
    name: (r) => text(r['name']),
    blank: () => ({ id: '', name: '', title: '', kind: 'project', countries: [], period: { certainty: 'stated' }, donors: [], themes: [], summary: '', sources: [] }),
    fields: [
      id,
      { path: 'name', label: 'Short name', kind: 'text', hint: 'As the map lists it, e.g. "OCWAR-T".' },
      { path: 'title', label: 'Full title', kind: 'text' },
      { path: 'kind', label: 'Kind', kind: 'choice', options: PROJECT_KINDS },
      { path: 'countries', label: 'Countries where the work is done', kind: 'countries' },
      { path: 'period.start', label: 'First year', kind: 'year', hint: 'Leave empty when no source gives one.' },
      { path: 'period.end', label: 'Last year', kind: 'year', hint: 'Leave empty when open or unknown.' },
      { path: 'period.certainty', label: 'How sure are the years?', kind: 'choice', options: CERTAINTIES, optionLabels: CERTAINTY_LABELS },
      { path: 'period.note', label: 'Why the years are what they are', kind: 'longtext' },
      { path: 'scope', label: 'Whose work', kind: 'choice', options: ['', 'atp', 'related'], optionLabels: { '': 'the programme’s (default)', atp: 'the programme’s', related: 'another ICMPD project (listed, not counted)' } },
      { path: 'donors', label: 'Donors', kind: 'names' },
      { path: 'partners', label: 'Partners', kind: 'names' },
      { path: 'themes', label: 'Themes', kind: 'multichoice', options: THEMES },
      { path: 'summary', label: 'Summary', kind: 'longtext' },
      sources,
      editorNote,
      french('name', 'Short name'),
      french('title', 'Full title'),
      french('summary', 'Summary', 'longtext'),
      french('periodNote', 'Why the years are what they are', 'longtext'),
    ],
  },
  {
    file: 'milestones.json',
    title: 'Milestones',
    singular: 'milestone',
    name: (r) => `${String(r['year'] ?? '')} ${text(r['title'])}`.trim(),
    blank: () => ({ id: '', year: 2023, yearCertainty: 'stated', title: '', detail: '', category: 'programme', sources: [] }),
    fields: [
      id,
      { path: 'year', label: 'Year', kind: 'year' },
      { path: 'yearCertainty', label: 'How sure is the year?', kind: 'choice', options: CERTAINTIES, optionLabels: CERTAINTY_LABELS },
      { path: 'yearNote', label: 'How the year was reconstructed', kind: 'longtext', hint: 'Required unless the year is stated.' },
      { path: 'date', label: 'Date', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD, within the year; only where a source gives it.' },
      { path: 'title', label: 'Title', kind: 'text' },
      { path: 'detail', label: 'Detail', kind: 'longtext' },
      { path: 'category', label: 'Category', kind: 'choice', options: MILESTONE_CATEGORIES },
      { path: 'countries', label: 'Countries', kind: 'countries' },
      { path: 'publication.label', label: 'Publication: title', kind: 'text' },
      { path: 'publication.url', label: 'Publication: web address', kind: 'text' },
      sources,
      editorNote,
      french('title', 'Title'),
      french('detail', 'Detail', 'longtext'),
      french('yearNote', 'How the year was reconstructed', 'longtext'),
    ],
  },
  {
    file: 'regions.json',
    title: 'Regions',
    singular: 'region',
    name: (r) => text(r['name']),
    blank: () => ({ id: '', name: '', countries: [], sources: [] }),
    fields: [
      id,
      { path: 'name', label: 'Name', kind: 'text' },
      { path: 'countries', label: 'Countries', kind: 'countries' },
      { path: 'note', label: 'How membership was decided', kind: 'longtext' },
      { path: 'namedBy', label: 'Who names the region', kind: 'choice', options: ['', 'sources', 'app'], optionLabels: { '': 'the sources (default)', sources: 'the sources', app: 'this app (a grouping of its own)' } },
      sources,
      french('name', 'Name'),
    ],
  },
  {
    file: 'statistics.json',
    title: 'Statistics',
    singular: 'statistic',
    name: (r) => text(r['label']),
    blank: () => ({ id: '', label: '', value: 0, qualifier: '', format: 'count', asOf: 2023, sources: [] }),
    fields: [
      id,
      { path: 'label', label: 'Label', kind: 'text' },
      { path: 'value', label: 'Value', kind: 'number' },
      { path: 'qualifier', label: 'Exact or “at least”', kind: 'choice', options: ['', '+'], optionLabels: { '': 'exact', '+': 'at least (shown as 90+)' }, keepEmpty: true },
      { path: 'format', label: 'Shown as', kind: 'choice', options: ['count', 'year'] },
      { path: 'asOf', label: 'As of year', kind: 'year' },
      sources,
      french('label', 'Label'),
    ],
  },
  {
    file: 'offices.json',
    title: 'Offices',
    singular: 'office',
    name: (r) => text(r['city']),
    blank: () => ({ id: '', city: '', country: '', longitude: 0, latitude: 0, asOf: 2023, sources: [] }),
    fields: [
      id,
      { path: 'city', label: 'City', kind: 'text' },
      { path: 'country', label: 'Country', kind: 'country' },
      { path: 'longitude', label: 'Longitude', kind: 'number', hint: 'Decimal degrees, e.g. 16.37 (east is positive).' },
      { path: 'latitude', label: 'Latitude', kind: 'number', hint: 'Decimal degrees, e.g. 48.21 (north is positive).' },
      { path: 'asOf', label: 'Team there in year', kind: 'year' },
      { path: 'since', label: 'Opened in year', kind: 'year', hint: 'Only where a source states it.' },
      sources,
      editorNote,
      french('city', 'City'),
    ],
  },
  {
    file: 'programme.json',
    title: 'Programme',
    singular: 'programme statement',
    name: (r) => text(r['name']),
    blank: () => ({ id: '', kind: 'pillar', name: '', sources: [] }),
    fields: [
      id,
      { path: 'kind', label: 'What it is', kind: 'choice', options: STATEMENT_KINDS, optionLabels: { pillar: 'one of the three pillars', component: 'a thematic component', region: 'a region the programme states it works in' } },
      { path: 'name', label: 'Name', kind: 'text' },
      { path: 'description', label: 'Description', kind: 'longtext' },
      { path: 'mapRegions', label: 'The map’s regions it covers (regions only)', kind: 'names', hint: 'Region ids from regions.json, e.g. "west-africa"; none where the map has no region for it.' },
      { path: 'note', label: 'Note shown on the site', kind: 'longtext' },
      sources,
      editorNote,
      french('name', 'Name'),
      french('description', 'Description', 'longtext'),
      french('note', 'Note', 'longtext'),
    ],
  },
  {
    file: 'sources.json',
    title: 'Source documents',
    singular: 'source document',
    name: (r) => text(r['title']),
    blank: () => ({ id: '', file: '', title: '', publisher: '' }),
    fields: [
      id,
      { path: 'file', label: 'Text file', kind: 'text', hint: 'The document’s text file in data/seeds/, e.g. "003_5313141ccfe75a71.txt".' },
      { path: 'title', label: 'Title', kind: 'text' },
      { path: 'publisher', label: 'Publisher', kind: 'text' },
      { path: 'date', label: 'Date', kind: 'text', hint: 'YYYY, YYYY-MM or YYYY-MM-DD.' },
      editorNote,
      french('title', 'Title'),
    ],
  },
];

export function editable(file: string): EditableDataset {
  return EDITABLE.find((d) => d.file === file) ?? EDITABLE[0]!;
}
