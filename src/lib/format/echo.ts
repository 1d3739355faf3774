// A value from the address shown back to the reader ("region=… was not understood"). The address is anyone's to write:
// a 10,000-character value made the notice 1,456 px tall, and a right-to-left override could make it read as
// something else. So: cut short, and isolated from the sentence around it (<bdi> in markup, FSI…PDI in plain text).

export const ECHO_MAX = 40;

/** The first `max` characters (never half a surrogate pair) and "…" when there were more. */
export function shortEcho(text: string, max = ECHO_MAX): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Right-to-left letters and the bidirectional controls: only text holding one can reorder what is around it. */
const BIDI = /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/**
 * For a message that is one plain string: cut short, and, when it holds anything right-to-left, wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE (the plain-text <bdi>). Left-to-right text stays as typed, so it can be searched.
 */
export function isolatedEcho(text: string, max = ECHO_MAX): string {
  const short = shortEcho(text, max);
  return BIDI.test(short) ? `\u2068${short}\u2069` : short;
}
