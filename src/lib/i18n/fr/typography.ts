// French typographic conventions, in one place so every French string follows them the same way.
import { formatInteger } from '../../format/integer';

/** No-break space (U+00A0): before a colon, between a number and its unit or noun. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F): before ; ! ? and inside « guillemets ». */
export const NNBSP = '\u202f';

/** « text », with the spaces that keep the guillemets on the text's line. */
export const quoted = (text: string) => `«${NNBSP}${text}${NNBSP}»`;


/**
 * "1 projet", "0 projet", "2 projets": in French, 0 and 1 take the singular. The number is grouped the French way
 * ("1 400", narrow no-break space) and kept on the line of its noun.
 */
export const plural = (n: number, one: string, many: string) => `${formatInteger(n, 'fr')}${NBSP}${n < 2 ? one : many}`;
