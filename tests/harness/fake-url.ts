// An address bar with a history, for state tests: push and replace write it, back() steps as the Back button would.
import type { UrlPort } from '../../src/lib/url/port';

export function fakeUrl(initial = '') {
  const history: string[] = [initial];
  let index = 0;
  const port: UrlPort = {
    search: () => history[index]!,
    push: (s) => {
      history.splice(index + 1);
      history.push(s);
      index += 1;
    },
    replace: (s) => {
      history[index] = s;
    },
  };
  return { port, history, back: () => (index -= 1) };
}
