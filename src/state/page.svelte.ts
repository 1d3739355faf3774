// The page's own state: whether it shows one view alone (?embed=…), and whether the datasets changed since the last visit.
import { createContext } from 'svelte';
import { parseEmbedParams, type EmbedView } from '../lib/url/embed-params';
import { parseSchemeParams } from '../lib/url/scheme-params';
import { browserUrl, type IgnoredParam, type UrlPort } from '../lib/url/port';

export class PageState {
  /** The one view shown inside another site's <iframe>, or null for the whole page. */
  embed: EmbedView | null = $state(null);
  ignored: IgnoredParam[] = $state([]);
  /** Set when the offline copy of the datasets turned out older than the server's (told by the service worker). */
  dataUpdated = $state(false);

  constructor(url: UrlPort = browserUrl, root: HTMLElement | undefined = globalThis.document?.documentElement) {
    // Read once: the embed mode and the colour scheme belong to the frame, not to a history step.
    const { embed, ignored } = parseEmbedParams(url.search());
    const { scheme, ignored: badScheme } = parseSchemeParams(url.search());
    this.embed = embed;
    this.ignored = [...ignored, ...badScheme];
    // app.css follows data-scheme; without it the reader's system setting decides.
    if (scheme && root) root.dataset['scheme'] = scheme;
  }

  /** The service worker found the offline copy of the datasets older than the server's. */
  markDataUpdated() {
    this.dataUpdated = true;
  }
}

export const [getPageState, setPageState] = createContext<PageState>();
