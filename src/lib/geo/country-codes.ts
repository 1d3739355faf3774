// Country codes: the alpha-2 codes the datasets use, joined to world-atlas's numeric ids.
import { ISO_NUMERIC } from './iso-codes';

/** Kosovo has a user-assigned code and no ISO numeric id; world-atlas knows it only by name. */
export const KOSOVO = 'XK';

export function isKnownCountry(code: string): boolean {
  return code === KOSOVO || Object.hasOwn(ISO_NUMERIC, code);
}
