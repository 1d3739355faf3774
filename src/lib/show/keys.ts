// What each key does in the show, as one table: the show reads it to act, the keyboard help reads it to list the keys.
// Clickers send PageDown/PageUp (some send arrows), and "blank screen" as B or "." (PowerPoint's habits).

export type ShowAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'escape';

export interface ShowKeyRow {
  action: ShowAction;
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** How the help shows the keys. */
  shown: { en: string; fr: string };
  /** What the key does, for the help and the hint. */
  does: { en: string; fr: string };
}

export const SHOW_KEYS: readonly ShowKeyRow[] = [
  { action: 'next', keys: ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter'], shown: { en: '→ ↓ Space Page Down', fr: '→ ↓ Espace Page suiv.' }, does: { en: 'next slide', fr: 'diapositive suivante' } },
  { action: 'previous', keys: ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'], shown: { en: '← ↑ Page Up', fr: '← ↑ Page préc.' }, does: { en: 'previous slide', fr: 'diapositive précédente' } },
  { action: 'first', keys: ['Home'], shown: { en: 'Home', fr: 'Début' }, does: { en: 'first slide', fr: 'première diapositive' } },
  { action: 'last', keys: ['End'], shown: { en: 'End', fr: 'Fin' }, does: { en: 'last slide', fr: 'dernière diapositive' } },
  { action: 'blank', keys: ['b', 'B', '.'], shown: { en: 'B or .', fr: 'B ou .' }, does: { en: 'black screen, and back', fr: 'écran noir, et retour' } },
  { action: 'fullscreen', keys: ['f', 'F'], shown: { en: 'F', fr: 'F' }, does: { en: 'full screen', fr: 'plein écran' } },
  { action: 'escape', keys: ['Escape'], shown: { en: 'Esc', fr: 'Échap' }, does: { en: 'leave full screen, then the show', fr: 'quitter le plein écran, puis la présentation' } },
];

const BY_KEY = new Map(SHOW_KEYS.flatMap((row) => row.keys.map((k) => [k, row.action] as const)));

/** The action of a key press; null for keys the show leaves alone (and for shortcuts with Ctrl, Alt or Meta). */
export function showAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): ShowAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return BY_KEY.get(e.key) ?? null;
}

/** Esc in two steps, so a presenter who only meant to leave full screen does not lose the show. */
export function escapeStep(fullscreen: boolean): 'leave-fullscreen' | 'leave-show' {
  return fullscreen ? 'leave-fullscreen' : 'leave-show';
}
