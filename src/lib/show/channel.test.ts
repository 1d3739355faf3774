import { describe, expect, it } from 'vitest';
import { isShowMessage, pageAddress, parseShowParams, presenterAddress } from './channel';

describe('show messages and addresses', () => {
  it.each([
    [{ type: 'at', key: 'title', blank: false }, true],
    [{ type: 'hello' }, true],
    [{ type: 'leave' }, true],
    [{ type: 'at', key: 3, blank: false }, false],
    [{ type: 'at', key: 'x' }, false],
    ['at', false],
    [null, false],
  ])('%j is a show message: %s', (data, expected) => expect(isShowMessage(data)).toBe(expected));
  it.each([
    ['?present=1', { presenter: false, loop: false }],
    ['?present=1&presenter=1', { presenter: true, loop: false }],
    ['?present=1&loop=1', { presenter: false, loop: true }],
    ['?present=1&loop=yes', { presenter: false, loop: false }],
  ])('%s → %j', (search, expected) => expect(parseShowParams(search)).toEqual(expected));
  it('opens the presenter on the same page, without the loop', () => {
    expect(presenterAddress('https://example.org/atp/?lang=fr&present=1&loop=1')).toBe('https://example.org/atp/?lang=fr&present=1&presenter=1');
  });
  it('names the page without parameters on the closing slide', () => {
    expect(pageAddress('https://example.org/atp/?present=1&lang=fr#timeline')).toBe('https://example.org/atp/');
  });
});
