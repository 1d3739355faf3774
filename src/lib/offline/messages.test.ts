import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for navigator.serviceWorker: the messages a worker would post. */
function fakeWorker() {
  const target = new EventTarget();
  vi.stubGlobal('navigator', { serviceWorker: target });
  return (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
}

describe('data-updated messages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps what the worker said before anyone listened, and passes on what it says after', async () => {
    const post = fakeWorker();
    const { listenForDataUpdates, onDataUpdated } = await import('./messages');
    listenForDataUpdates();
    post({ type: 'atp:data-updated', file: 'statistics.json' });
    post({ type: 'something-else' });
    const seen: string[] = [];
    const stop = onDataUpdated((file) => seen.push(file));
    post({ type: 'atp:data-updated', file: 'projects.json' });
    stop();
    post({ type: 'atp:data-updated', file: 'regions.json' });
    expect(seen).toEqual(['statistics.json', 'projects.json']);
  });
});

describe('data-kept messages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('passes on which file the worker answered from its kept copy, and why, before and after anyone listens', async () => {
    const post = fakeWorker();
    const { listenForDataUpdates, onDataKept } = await import('./messages');
    listenForDataUpdates();
    post({ type: 'atp:data-kept', file: 'projects.json', problem: 'projects.json is not valid JSON' });
    post({ type: 'atp:data-kept' });
    const seen: unknown[] = [];
    onDataKept((m) => seen.push(m));
    post({ type: 'atp:data-kept', file: 'regions.json', status: 500 });
    expect(seen).toEqual([
      { type: 'atp:data-kept', file: 'projects.json', problem: 'projects.json is not valid JSON' },
      { type: 'atp:data-kept', file: 'regions.json', status: 500 },
    ]);
  });
});
