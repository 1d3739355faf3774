// Presentation playback, headless: which milestone is on screen, stepping, and autoplay on an injected clock.
// The component only forwards keys and renders; tests drive this with a fake clock.

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The autoplay intervals a presenter can choose, in seconds. */
export const INTERVALS = [5, 8, 12, 20, 30] as const;
export const DEFAULT_INTERVAL_MS = 8000;

export interface PresentationOptions {
  clock: Clock;
  startAt?: number;
  intervalMs?: number;
  /** Called after every change of index or playing. */
  onChange?: (controller: PresentationController) => void;
}

export class PresentationController {
  #count: number;
  #index: number;
  #playing = false;
  #intervalMs: number;
  #timer: unknown = null;
  #clock: Clock;
  #onChange: (c: PresentationController) => void;

  constructor(count: number, { clock, startAt = 0, intervalMs = DEFAULT_INTERVAL_MS, onChange = () => {} }: PresentationOptions) {
    this.#count = Math.max(0, count);
    this.#index = this.#clamp(startAt);
    this.#intervalMs = intervalMs;
    this.#clock = clock;
    this.#onChange = onChange;
  }

  get index() {
    return this.#index;
  }
  get count() {
    return this.#count;
  }
  get playing() {
    return this.#playing;
  }
  get intervalMs() {
    return this.#intervalMs;
  }
  get atStart() {
    return this.#index <= 0;
  }
  get atEnd() {
    return this.#index >= this.#count - 1;
  }

  next() {
    this.goTo(this.#index + 1);
  }
  previous() {
    this.goTo(this.#index - 1);
  }
  first() {
    this.goTo(0);
  }
  last() {
    this.goTo(this.#count - 1);
  }

  /** Any manual move restarts the autoplay countdown, so a slide the presenter chose gets its full time. */
  goTo(index: number) {
    const target = this.#clamp(index);
    const moved = target !== this.#index;
    this.#index = target;
    if (this.#playing) {
      if (this.atEnd) this.#stop();
      else this.#schedule();
    }
    if (moved || !this.#playing) this.#onChange(this);
  }

  /** Playing from the last milestone starts the story again. */
  play() {
    if (this.#count < 2) return;
    if (this.atEnd) this.#index = 0;
    this.#playing = true;
    this.#schedule();
    this.#onChange(this);
  }

  pause() {
    if (!this.#playing) return;
    this.#stop();
    this.#onChange(this);
  }

  toggle() {
    if (this.#playing) this.pause();
    else this.play();
  }

  setInterval(ms: number) {
    this.#intervalMs = Math.max(1000, ms);
    if (this.#playing) this.#schedule();
    this.#onChange(this);
  }

  /** The filtered list changed length: stay on a valid milestone. */
  setCount(count: number, index = this.#index) {
    this.#count = Math.max(0, count);
    this.#index = this.#clamp(index);
    if (this.#playing && this.atEnd) this.#stop();
    this.#onChange(this);
  }

  dispose() {
    this.#cancel();
    this.#playing = false;
  }

  #clamp(i: number) {
    return this.#count === 0 ? 0 : Math.min(this.#count - 1, Math.max(0, Math.trunc(i) || 0));
  }

  #schedule() {
    this.#cancel();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.next();
    }, this.#intervalMs);
  }

  #cancel() {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #stop() {
    this.#cancel();
    this.#playing = false;
  }
}

export type PresentationAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'toggle-play' | 'fullscreen';

/**
 * What a key does in presentation mode. Clickers send PageDown/PageUp (some send arrows, or B / "." to blank).
 * Space steps only when focus is not on a control, where it must keep pressing the control.
 */
export function presentationAction(key: string, { shiftKey = false, onControl = false } = {}): PresentationAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
      return onControl ? null : shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'p':
    case 'P':
      return 'toggle-play';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}
