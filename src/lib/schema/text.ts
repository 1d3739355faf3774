// What a dataset text may hold: characters a page, an XML picture export and an address can all carry, at a length a
// person could have meant. Shared by every text field of every dataset (common.ts builds Text and Name from it).
import * as v from 'valibot';

/** The longest name, title, label, donor or partner; the longest summary, note, detail or quote. */
export const NAME_MAX = 300;
export const TEXT_MAX = 2000;

/**
 * C0 and C1 controls and DEL (a pasted backspace, a tab, a line break: an editor never means them, and XML 1.0 forbids
 * most), a lone half of a surrogate pair (not a character at all) and U+FFFE/U+FFFF (XML forbids them too).
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const NAMED: Record<number, string> = { 0x09: ' (a tab)', 0x0a: ' (a line break)', 0x0d: ' (a line break)' };

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first unsafe character as "U+0008 at position 5" (counted in characters from 1), or undefined when there is none. */
export function findUnsafeCharacter(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  // Positions in characters as a reader counts them, not UTF-16 units.
  const position = [...text.slice(0, match.index)].length + 1;
  const code = match[0].charCodeAt(0);
  return `${hex(code)}${NAMED[code] ?? ''} at position ${position}`;
}

/**
 * A text of at most `max` characters with no unsafe character; trimmed, and never empty. The checks run on the text as
 * typed, so a position counts the spaces the trim removes.
 */
export function text(max: number) {
  return v.pipe(
    v.string(),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const unsafe = findUnsafeCharacter(dataset.value);
      if (unsafe) addIssue({ message: 'text without control characters', received: unsafe });
      const length = [...dataset.value].length;
      if (length > max) addIssue({ message: `a text of at most ${max} characters`, received: `a text of ${length} characters` });
    }),
    v.trim(),
    v.nonEmpty('a non-empty text'),
  );
}
