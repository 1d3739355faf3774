// Where app state reads and writes the address bar; tests pass a stand-in.
export interface UrlPort {
  search(): string;
  replace(search: string): void;
  push(search: string): void;
}

export const browserUrl: UrlPort = {
  search: () => location.search,
  replace: (search) => history.replaceState(history.state, '', `${search || location.pathname}${location.hash}`),
  push: (search) => history.pushState(history.state, '', `${search || location.pathname}${location.hash}`),
};

/** An address parameter that could not be read; shown to the user, then ignored. */
export interface IgnoredParam {
  name: string;
  value: string;
}
