// A record's translations: `translations: { fr: { title: "…" } }`, optional, for the interface languages and the
// record's text fields only, so a typo ("fr-FR", "titel") is reported instead of silently never shown.
import * as v from 'valibot';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../i18n/languages';
import { Text } from './common';

/** The hash of the English text a translation was made from (i18n/translation-status.ts): tells a stale one apart. */
const EnHash = v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'eight hexadecimal digits, as scripts/stamp-translations.ts writes them')));

type FieldsSchema<F extends string> = v.StrictObjectSchema<Record<F, v.OptionalSchema<typeof Text, undefined>> & { enHash: typeof EnHash }, v.ErrorMessage<v.StrictObjectIssue>>;

export function Translations<const F extends string>(fields: readonly F[]) {
  const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
  // An unknown key makes valibot report `expected: "never"`; any other issue here is a value that is not an object.
  const perLanguage: FieldsSchema<F> = v.strictObject(
    { ...(Object.fromEntries(fields.map((field) => [field, v.optional(Text)])) as Record<F, v.OptionalSchema<typeof Text, undefined>>), enHash: EnHash },
    (issue) =>
      issue.expected === 'never'
        ? `only the translatable fields ${list(fields)} (this one is not translated, or its name is misspelt)`
        : `an object of translated fields, e.g. { "${fields[0]}": "…" }`,
  );
  return v.optional(
    v.strictObject(
      Object.fromEntries(TRANSLATION_LOCALES.map((locale) => [locale, v.optional(perLanguage)])) as Record<TranslationLocale, v.OptionalSchema<FieldsSchema<F>, undefined>>,
      (issue) =>
        issue.expected === 'never'
          ? `only the interface languages ${list(TRANSLATION_LOCALES)} (add a language to the app before translating into it)`
          : `an object of translations by language, e.g. { "${TRANSLATION_LOCALES[0]}": { "${fields[0]}": "…" } }`,
    ),
  );
}
