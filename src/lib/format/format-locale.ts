// The locale dates are written in for an interface language: the regional variant its words are written in. The
// interface's English is British ("programme", "colour"), so its dates read "30 July 2018", not "July 30, 2018".
// Any other tag (a test's "de", a full tag such as "en-US") is taken as given.

const WRITTEN_AS: Record<string, string> = { en: 'en-GB' };

export function formatLocale(locale: string): string {
  return WRITTEN_AS[locale] ?? locale;
}
