import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, MORE_PAGE, nextPage } from './panel-pages';

describe('nextPage', () => {
  it.each([
    { shown: FIRST_PAGE, total: 3000, expected: { adds: MORE_PAGE, hidden: 3000 - FIRST_PAGE } },
    { shown: FIRST_PAGE, total: FIRST_PAGE + 3, expected: { adds: 3, hidden: 3 } },
    { shown: FIRST_PAGE + MORE_PAGE, total: 3000, expected: { adds: MORE_PAGE, hidden: 3000 - FIRST_PAGE - MORE_PAGE } },
    { shown: FIRST_PAGE, total: 4, expected: { adds: 0, hidden: 0 } },
    { shown: FIRST_PAGE, total: FIRST_PAGE, expected: { adds: 0, hidden: 0 } },
  ])('$shown shown of $total', ({ shown, total, expected }) => {
    expect(nextPage(shown, total)).toEqual(expected);
  });
});
