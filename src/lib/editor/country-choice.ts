// Countries picked by name: the names a person types ("Ghana", "cote d'ivoire", "Türkiye") to the codes the files
// keep ("GH", "CI", "TR"). Only codes the validator accepts are offered.
import { COUNTRY_NAMES_EN } from '../format/country-names-en';
import { foldForSearch } from '../format/country-name';
import { isKnownCountry } from '../geo/country-codes';
import { NAME_ALIASES } from '../projects/country-search';

export const COUNTRY_CHOICES: readonly { code: string; name: string }[] = Object.entries(COUNTRY_NAMES_EN)
  .filter(([code]) => isKnownCountry(code))
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** The code of the country a typed name (or code) means, or undefined when none does. */
export function countryCodeOf(typed: string): string | undefined {
  const folded = foldForSearch(typed);
  if (folded === '') return undefined;
  const upper = typed.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isKnownCountry(upper)) return upper;
  const byName = COUNTRY_CHOICES.find((c) => foldForSearch(c.name) === folded);
  if (byName) return byName.code;
  const alias = Object.entries(NAME_ALIASES).find(([, names]) => (names as readonly string[]).some((n) => foldForSearch(n) === folded));
  return alias?.[0];
}
