// A source document of the datasets, as the public sees it named: title, publisher, date. Records point to it by the
// file name in their `sources[].seed`; the file name itself is an editor's handle and never shown.
import * as v from 'valibot';
import { Id, IsoDate, Text } from './common';
import { Translations } from './translations';

export const SourceDocumentSchema = v.object({
  id: Id,
  /** The file in data/seeds/ this entry names, e.g. "003_5313141ccfe75a71.txt". */
  file: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as "000_d6919e11b1efdab0.txt"')),
  /** The public title, taken from the document itself or, where it has none, describing it plainly. */
  title: Text,
  publisher: Text,
  /** As precise as the document gives it; absent when it carries no date. */
  date: v.optional(IsoDate),
  /** For editors only: how title and date were read from the document. The app never shows it. */
  editorNote: v.optional(Text),
  translations: Translations(['title']),
});

export type SourceDocument = v.InferOutput<typeof SourceDocumentSchema>;

/** The document a record's source names, or undefined when sources.json has no entry for that file. */
export function sourceDocument(documents: readonly SourceDocument[], file: string): SourceDocument | undefined {
  return documents.find((d) => d.file === file);
}
