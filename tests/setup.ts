import '@testing-library/jest-dom/vitest';

// jsdom has no layout: bind:clientWidth needs a ResizeObserver that never fires.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
