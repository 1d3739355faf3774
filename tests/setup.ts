import '@testing-library/jest-dom/vitest';

// jsdom has no layout: bind:clientWidth needs a ResizeObserver that never fires.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom has no layout, so nothing to scroll: a card brought into view (MilestoneCard) asks for a no-op.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
