import { describe, expect, it } from 'vitest';
import { YearPlayer, type Clock } from './year-player';

function fakeClock() {
  let tick: (() => void) | null = null;
  const clock: Clock = {
    every(_ms, fn) {
      tick = fn;
      return () => (tick = null);
    },
  };
  return { clock, advance: (n = 1) => Array.from({ length: n }, () => tick?.()), running: () => tick !== null };
}

describe('YearPlayer', () => {
  it('shows every year from the first to the last, then stops', () => {
    const shown: number[] = [];
    let ended = 0;
    const { clock, advance, running } = fakeClock();
    const player = new YearPlayer(2002, 2006, (y) => shown.push(y), () => ended++, clock);
    player.play(null);
    advance(10);
    expect(shown).toEqual([2002, 2003, 2004, 2005, 2006]);
    expect(ended).toBe(1);
    expect(player.playing).toBe(false);
    expect(running()).toBe(false);
  });

  it('starts from a first year read at each play, so it follows the data', () => {
    const shown: number[] = [];
    let from = 2010;
    const { clock, advance } = fakeClock();
    const player = new YearPlayer(() => from, 2012, (y) => shown.push(y), () => {}, clock);
    player.play(null);
    advance(5);
    from = 2011;
    player.play(null);
    expect(shown).toEqual([2010, 2011, 2012, 2011]);
  });

  it.each([
    { current: 2004, first: 2004 },
    { current: 2006, first: 2002 },
    { current: 1990, first: 2002 },
  ])('starting at $current begins with $first', ({ current, first }) => {
    const shown: number[] = [];
    const { clock } = fakeClock();
    new YearPlayer(2002, 2006, (y) => shown.push(y), undefined, clock).play(current);
    expect(shown).toEqual([first]);
  });

  it('pauses where it is', () => {
    const shown: number[] = [];
    const { clock, advance } = fakeClock();
    const player = new YearPlayer(2002, 2023, (y) => shown.push(y), undefined, clock);
    player.play(null);
    advance(2);
    player.pause();
    advance(5);
    expect(shown).toEqual([2002, 2003, 2004]);
  });
});
