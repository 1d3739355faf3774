// How a source document is named to the public: "Title — Publisher, date". Never its file name.
import { localized } from '../i18n/localize';
import type { Locale } from '../i18n/languages';
import { sourceDocument, type SourceDocument } from '../schema/source-document';
import { formatWhen } from '../timeline/format';

export interface Citation {
  title: string;
  /** True when the title is shown in English for want of a translation. */
  fallback: boolean;
  /** "ICMPD, 18 March 2022", or the publisher alone when the document is undated. */
  byline: string;
}

export function citation(documents: readonly SourceDocument[], file: string, locale: Locale, undated: string): Citation | null {
  const doc = sourceDocument(documents, file);
  if (!doc) return null;
  const title = localized(doc, 'title', locale);
  const when = doc.date ? formatWhen({ year: Number(doc.date.slice(0, 4)), date: doc.date.length > 4 ? doc.date : undefined }, locale) : undated;
  return { title: title.text, fallback: title.fallback, byline: `${doc.publisher}, ${when}` };
}
