import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';

describe('textWidth', () => {
  it('errs wide where no canvas can measure (jsdom): 9 px a character', () => {
    expect(textWidth('16 September 2021', '700 13px sans-serif')).toBe(153);
    expect(textWidth('', '700 13px sans-serif')).toBe(0);
  });
});
