import { describe, expect, it } from 'vitest';
import { nextPage, PANEL_PAGE } from './panel-pages';

describe('nextPage', () => {
  it.each([
    { shown: PANEL_PAGE, total: 3000, expected: { adds: PANEL_PAGE, hidden: 3000 - PANEL_PAGE } },
    { shown: PANEL_PAGE, total: PANEL_PAGE + 3, expected: { adds: 3, hidden: 3 } },
    { shown: PANEL_PAGE, total: 4, expected: { adds: 0, hidden: 0 } },
    { shown: PANEL_PAGE, total: PANEL_PAGE, expected: { adds: 0, hidden: 0 } },
  ])('$shown shown of $total', ({ shown, total, expected }) => {
    expect(nextPage(shown, total)).toEqual(expected);
  });
});
