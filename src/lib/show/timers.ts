// The show's two clocks, headless: the controls that hide when the pointer rests, and the kiosk loop for a stand.
// Both use the global timers, so tests drive them with fake timers.

/** The controls and the key hint hide after this long without pointer movement. */
export const HIDE_AFTER_MS = 2000;

export class IdleHider {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onChange: (visible: boolean) => void;
  #ms: number;
  visible = true;

  constructor(onChange: (visible: boolean) => void, ms = HIDE_AFTER_MS) {
    this.#onChange = onChange;
    this.#ms = ms;
    this.poke();
  }

  /** A pointer moved: show the controls, and hide them again after the quiet time. */
  poke() {
    clearTimeout(this.#timer);
    if (!this.visible) this.#set(true);
    this.#timer = setTimeout(() => this.#set(false), this.#ms);
  }

  stop() {
    clearTimeout(this.#timer);
  }

  #set(visible: boolean) {
    this.visible = visible;
    this.#onChange(visible);
  }
}

/** The kiosk's choices: seconds per slide, and minutes of quiet after a visitor's key or touch. */
export const LOOP_STEP_SECONDS = [5, 8, 12, 20] as const;
export const LOOP_IDLE_MINUTES = [0.5, 1, 2, 5] as const;
export const DEFAULT_STEP_MS = 8000;
export const DEFAULT_IDLE_MS = 60_000;

export interface LoopOptions {
  /** Next slide, or the first after the last. */
  advance: () => void;
  toStart: () => void;
  onPlaying?: (playing: boolean) => void;
  stepMs?: number;
  idleMs?: number;
}

/**
 * Plays the show round and round. A visitor's key or touch pauses it (they read at their pace); once nobody has
 * touched it for the idle time, it goes back to the start and plays again, ready for the next visitor.
 */
export class KioskLoop {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #o: Required<LoopOptions>;
  playing = false;

  constructor(options: LoopOptions) {
    this.#o = { onPlaying: () => {}, stepMs: DEFAULT_STEP_MS, idleMs: DEFAULT_IDLE_MS, ...options };
  }

  get stepMs() {
    return this.#o.stepMs;
  }
  get idleMs() {
    return this.#o.idleMs;
  }

  play() {
    this.#setPlaying(true);
    this.#schedule(this.#o.stepMs, () => {
      this.#o.advance();
      this.play();
    });
  }

  /** A key or a touch: pause, and come back to the start after the idle time. */
  interrupt() {
    this.#setPlaying(false);
    this.#schedule(this.#o.idleMs, () => {
      this.#o.toStart();
      this.play();
    });
  }

  setTimes(stepMs: number, idleMs: number) {
    this.#o.stepMs = stepMs;
    this.#o.idleMs = idleMs;
    if (this.playing) this.play();
  }

  stop() {
    clearTimeout(this.#timer);
    this.#setPlaying(false);
  }

  #schedule(ms: number, then: () => void) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(then, ms);
  }

  #setPlaying(playing: boolean) {
    if (playing === this.playing) return;
    this.playing = playing;
    this.#o.onPlaying(playing);
  }
}
