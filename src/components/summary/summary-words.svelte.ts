// The summary sentences of the interface language, loaded on demand (lib/summary/words.ts): null until they are in,
// and a change of language loads the other language's.
import { loadSummaryWords, type SummaryWords } from '../../lib/summary/words';
import type { Locale } from '../../lib/i18n/languages';

/** Call from a component's script: it loads in an effect of that component, and drops a load the component outlived. */
export function summaryWords(locale: () => Locale): { readonly current: SummaryWords | null } {
  let words: SummaryWords | null = $state.raw(null);
  $effect(() => {
    let live = true;
    void loadSummaryWords(locale()).then((w) => live && (words = w));
    return () => (live = false);
  });
  return {
    get current() {
      return words;
    },
  };
}
