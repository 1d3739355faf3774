// What the service worker (vite-plugin-offline.ts) tells the page. Kept apart from register.ts, which loads on demand.

/** Posted when a dataset fetched from the server differs from the copy kept from the last visit. */
export const DATA_UPDATED = 'atp:data-updated';

export interface DataUpdatedMessage {
  type: typeof DATA_UPDATED;
  file: string;
}

export function isDataUpdated(data: unknown): data is DataUpdatedMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === DATA_UPDATED;
}

/** Calls back when the service worker says a dataset changed; returns the unsubscribe. */
export function onDataUpdated(callback: (file: string) => void): () => void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
  const listener = (event: MessageEvent) => {
    if (isDataUpdated(event.data)) callback(event.data.file);
  };
  navigator.serviceWorker.addEventListener('message', listener);
  return () => navigator.serviceWorker.removeEventListener('message', listener);
}
