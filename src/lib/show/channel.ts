// The audience and presenter windows keep to the same slide over a BroadcastChannel: same origin, no server.
// Slides are named by key, not position, so both windows agree even if one has not finished loading the other's list.

export type ShowMessage =
  | { type: 'at'; key: string; blank: boolean }
  /** A window that has just opened asks where the show is. */
  | { type: 'hello' }
  | { type: 'leave' };

export const CHANNEL_NAME = 'atp-show';

export interface ShowLink {
  post(message: ShowMessage): void;
  close(): void;
}

/** A link to the other window; where BroadcastChannel is missing, a link that goes nowhere (one window still works). */
export function openShowLink(onMessage: (message: ShowMessage) => void, name = CHANNEL_NAME): ShowLink {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<ShowMessage>) => {
    if (isShowMessage(event.data)) onMessage(event.data);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

export function isShowMessage(data: unknown): data is ShowMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m['type'] === 'hello' || m['type'] === 'leave') return true;
  return m['type'] === 'at' && typeof m['key'] === 'string' && typeof m['blank'] === 'boolean';
}

/** The show's own address parameters beside present=1 (which the timeline's state reads). */
export function parseShowParams(search: string): { presenter: boolean; loop: boolean } {
  const params = new URLSearchParams(search);
  return { presenter: params.get('presenter') === '1', loop: params.get('loop') === '1' };
}

/** The presenter window's address: this page's, with presenter=1. */
export function presenterAddress(href: string): string {
  const url = new URL(href);
  url.searchParams.set('present', '1');
  url.searchParams.set('presenter', '1');
  url.searchParams.delete('loop');
  return url.href;
}

/** The address for the closing slide: the page itself, without any parameter. */
export function pageAddress(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}
