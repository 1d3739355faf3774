// Steps the map's "active in year" filter through the years, like a film. Headless: the clock is injected.
export interface Clock {
  every(ms: number, tick: () => void): () => void;
}

export const realClock: Clock = {
  every(ms, tick) {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

export class YearPlayer {
  #stop: (() => void) | null = null;

  constructor(
    /** A function where the first year follows the data (the first year with documented work). */
    private first: number | (() => number),
    private last: number,
    private show: (year: number) => void,
    private onEnd: () => void = () => {},
    private clock: Clock = realClock,
    private interval = 1200,
  ) {}

  get playing(): boolean {
    return this.#stop !== null;
  }

  /** Starts from `current` if it is inside the span and not the last year, else from the first year. */
  play(current: number | null) {
    this.pause();
    const first = typeof this.first === 'function' ? this.first() : this.first;
    let year = current !== null && current >= first && current < this.last ? current : first;
    this.show(year);
    this.#stop = this.clock.every(this.interval, () => {
      year += 1;
      this.show(year);
      if (year >= this.last) {
        this.pause();
        this.onEnd();
      }
    });
  }

  pause() {
    this.#stop?.();
    this.#stop = null;
  }
}
