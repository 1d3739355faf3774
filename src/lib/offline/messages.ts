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

/**
 * Posted when the server's copy of a dataset was broken (`problem`, the first mistake the schema found) or an error
 * (`status`), so the worker answered with the copy kept from an earlier visit instead.
 */
export const DATA_KEPT = 'atp:data-kept';

export interface DataKeptMessage {
  type: typeof DATA_KEPT;
  file: string;
  status?: number;
  problem?: string;
}

export function isDataKept(data: unknown): data is DataKeptMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === DATA_KEPT && typeof (data as { file?: unknown }).file === 'string';
}

const updated: string[] = [];
const callbacks = new Set<(file: string) => void>();
const kept: DataKeptMessage[] = [];
const keptCallbacks = new Set<(message: DataKeptMessage) => void>();
let listening = false;

/**
 * Starts listening before the app asks for its files (main.ts): the worker may answer about a file before the notice
 * that shows it is on the page, and a message with no listener yet is lost. Those that came early are kept.
 */
export function listenForDataUpdates(): void {
  if (listening || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if (isDataKept(event.data)) {
      kept.push(event.data);
      for (const callback of keptCallbacks) callback(event.data);
    }
    if (!isDataUpdated(event.data)) return;
    updated.push(event.data.file);
    for (const callback of callbacks) callback(event.data.file);
  });
}

/** Calls back for each dataset the service worker says changed, those told before included; returns the unsubscribe. */
export function onDataUpdated(callback: (file: string) => void): () => void {
  listenForDataUpdates();
  for (const file of updated) callback(file);
  callbacks.add(callback);
  return () => callbacks.delete(callback);
}

/** Calls back for each dataset the worker answered with its kept copy because the server's was broken; as above. */
export function onDataKept(callback: (message: DataKeptMessage) => void): () => void {
  listenForDataUpdates();
  for (const message of kept) callback(message);
  keptCallbacks.add(callback);
  return () => keptCallbacks.delete(callback);
}
