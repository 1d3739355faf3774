// Where app state reads and writes the address bar; tests pass a stand-in.
export interface UrlPort {
  search(): string;
  replace(search: string): void;
  push(search: string): void;
}

export const browserUrl: UrlPort = {
  // No location when the page is prerendered at build time (src/prerender/): the plain address.
  search: () => globalThis.location?.search ?? '',
  replace: (search) => history.replaceState(history.state, '', `${search || location.pathname}${location.hash}`),
  push: (search) => history.pushState(history.state, '', `${search || location.pathname}${location.hash}`),
};

/** An address parameter that could not be read; shown to the user, then ignored. */
export interface IgnoredParam {
  name: string;
  value: string;
}
