// The interface language and its message catalogue, shared through context.
// Chosen once on load (?lang=, else the browser's languages, else English) and changed by the language switch.
import { createContext } from 'svelte';
import { loadMessages } from '../lib/i18n/catalogues';
import { chooseLocale, withLocale } from '../lib/i18n/choose-locale';
import { en, type Messages } from '../lib/i18n/en';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/languages';
import { browserUrl, type IgnoredParam, type UrlPort } from '../lib/url/port';

export interface I18nOptions {
  url?: UrlPort;
  /** The browser's languages, most preferred first. */
  languages?: readonly string[];
  /** Where `lang` and the title are set; absent in tests that do not care. */
  document?: Document;
}

export class I18n {
  /** Changes together with `m`, once the catalogue is in: text and number formats never disagree. */
  locale: Locale = $state(DEFAULT_LOCALE);
  m: Messages = $state.raw(en);
  /** The language last asked for, before its catalogue is in: what the datasets' French texts start loading on. */
  requested: Locale = $state(DEFAULT_LOCALE);
  /** An unreadable ?lang=, for the "ignored parameters" notice. */
  ignored: IgnoredParam[] = $state([]);
  /** Settles once the language chosen on load is shown. */
  readonly ready: Promise<void>;

  #url: UrlPort;
  #document: Document | undefined;
  #request = 0;

  constructor({ url = browserUrl, languages = globalThis.navigator?.languages ?? [], document = globalThis.document }: I18nOptions = {}) {
    this.#url = url;
    this.#document = document;
    const chosen = chooseLocale(url.search(), languages);
    this.ignored = chosen.ignored;
    this.ready = this.#show(chosen.locale);
  }

  /** The language switch: shows `locale` and records it in the address, keeping the other parameters. */
  choose(locale: Locale): Promise<void> {
    this.#url.replace(withLocale(this.#url.search(), locale));
    return this.#show(locale);
  }

  async #show(locale: Locale): Promise<void> {
    // Only the latest choice lands, even if an earlier catalogue arrives after it.
    const request = ++this.#request;
    this.requested = locale;
    let messages: Messages;
    try {
      messages = await loadMessages(locale);
    } catch {
      // The catalogue could not be fetched (offline, a stale deploy): the page stays usable in the current language.
      return;
    }
    if (request !== this.#request) return;
    this.locale = locale;
    this.m = messages;
    if (this.#document) {
      this.#document.documentElement.lang = locale;
      this.#document.title = messages.pageTitle;
    }
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
