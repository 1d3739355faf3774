// Field schemas shared by every dataset.
import * as v from 'valibot';
import { CERTAINTIES, FIRST_YEAR, LAST_YEAR } from './vocab';
import { isKnownCountry } from '../geo/country-codes';
import { NAME_MAX, TEXT_MAX, text } from './text';

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id of letters, digits and hyphens, e.g. "ocwar-t"'),
);

/** A summary, note, detail or quote. */
export const Text = text(TEXT_MAX);
/** A name, title, label, donor or partner: shown in headings, lists, tables and the address. */
export const Name = text(NAME_MAX);

/** Programme years only: a year outside 2002–2023 in these files is a typing mistake. */
export const Year = v.pipe(
  v.number('a year as a number, e.g. 2021'),
  v.integer('a whole year, e.g. 2021'),
  v.minValue(FIRST_YEAR, `a year from ${FIRST_YEAR}`),
  v.maxValue(LAST_YEAR, `a year up to ${LAST_YEAR}`),
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as the seeds give it: a year, a month or a day, and one the calendar has (not 2018-02-31). */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const [year, month, day] = dataset.value.split('-').map(Number);
    if (year === undefined || month === undefined || day === undefined) return;
    // Day 0 of the next month is the last day of this one.
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > days) addIssue({ message: 'a date that exists in the calendar', received: `"${dataset.value}" (${MONTHS[month - 1]} ${year} has ${days} days)` });
  }),
);

/** ISO 3166-1 alpha-2, upper case, and a code that exists (Kosovo: XK). */
export const CountryCode = v.pipe(
  v.string(),
  v.check(
    (code) => /^[A-Z]{2}$/.test(code) && isKnownCountry(code),
    'an existing two-letter upper-case ISO country code such as "NG" (Kosovo: "XK")',
  ),
);

export const Certainty = v.picklist(CERTAINTIES, `one of ${CERTAINTIES.join(', ')}`);

/** Links are rendered as <a href>: only http(s) is allowed, so a dataset can never inject a javascript: URL. */
export const HttpUrl = v.pipe(v.string(), v.url('a full web address'), v.regex(/^https?:\/\//, 'an address starting with http:// or https://'));

export const Link = v.object({
  label: Name,
  url: HttpUrl,
  /** True when the sources do not tie this address to the record and the match is a reading of titles or layout: shown as "possible match". */
  possibleMatch: v.optional(v.boolean()),
});

export const Source = v.object({
  seed: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as "000_d6919e11b1efdab0.txt"')),
  quote: Text,
});

export const Sources = v.pipe(v.array(Source), v.minLength(1, 'at least one source'));
