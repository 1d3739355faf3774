// The show on screen: which slide, whether the screen is black. Both windows (audience and presenter) hold one and
// keep each other in step through the show link; a change made here is posted, one received is not posted back.
import { openShowLink, type ShowLink, type ShowMessage } from '../lib/show/channel';

export class ShowDeck {
  index = $state(0);
  blank = $state(false);
  #keys: () => readonly string[];
  #link: ShowLink;
  #onLeave: () => void;

  /** `keys`: the slides' keys in order (they change with the language's list only when the scope changes). */
  constructor(keys: () => readonly string[], start: number, onLeave: () => void, link: (receive: (m: ShowMessage) => void) => ShowLink = openShowLink) {
    this.#keys = keys;
    this.index = start;
    this.#onLeave = onLeave;
    this.#link = link((m) => this.#receive(m));
    this.#link.post({ type: 'hello' });
  }

  get count() {
    return this.#keys().length;
  }
  get key() {
    return this.#keys()[this.index] ?? '';
  }

  go(index: number) {
    const target = Math.min(Math.max(0, index), this.count - 1);
    if (target === this.index && !this.blank) return;
    this.index = target;
    this.blank = false;
    this.#post();
  }
  next() {
    this.go(this.index + 1);
  }
  previous() {
    this.go(this.index - 1);
  }
  /** For the loop: after the last slide, the first. */
  advance() {
    this.go(this.index + 1 >= this.count ? 0 : this.index + 1);
  }
  toggleBlank() {
    this.blank = !this.blank;
    this.#post();
  }
  /** This window leaves; the other is told, and a presenter window closing leaves the audience's show running. */
  leave(tellOthers: boolean) {
    if (tellOthers) this.#link.post({ type: 'leave' });
    this.#link.close();
  }

  #post() {
    this.#link.post({ type: 'at', key: this.key, blank: this.blank });
  }

  #receive(m: ShowMessage) {
    if (m.type === 'hello') return this.#post();
    if (m.type === 'leave') return this.#onLeave();
    const at = this.#keys().indexOf(m.key);
    if (at >= 0) this.index = at;
    this.blank = m.blank;
  }
}
