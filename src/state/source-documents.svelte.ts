// The source documents (sources.json), shared so that any view can name a record's source by title, publisher and
// date. Optional: without it (a component test, a failed download) a source shows its quote alone, never a file name.
import { getContext, setContext } from 'svelte';
import type { SourceDocument } from '../lib/schema/source-document';

const KEY = Symbol('source-documents');
type Documents = () => readonly SourceDocument[];

export function setSourceDocuments(documents: Documents): void {
  setContext(KEY, documents);
}

export function getSourceDocuments(): Documents {
  return getContext<Documents | undefined>(KEY) ?? (() => []);
}
