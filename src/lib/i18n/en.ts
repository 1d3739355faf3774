// The English interface strings. Every string the interface shows comes from a catalogue like this one.
// Each view keeps its strings in its own file under en/; this file joins them.
import { figuresMessages } from './en/figures';
import { mapMessages } from './en/map';
import { shareMessages } from './en/share';
import { timelineMessages } from './en/timeline';

export const en = {
  appTitle: 'Anti-Trafficking Programme 2002–2023',
  appOrganisation: 'ICMPD · International Centre for Migration Policy Development',
  appIntro: 'Twenty years of work against trafficking in human beings: where the programme works, its milestones, and the programme in figures.',
  skipToContent: 'Skip to the map',
  navLabel: 'Sections',
  mapHeading: 'Where the documented projects are',
  timelineHeading: 'Twenty years of milestones',
  figuresHeading: 'The programme in figures',
  loading: 'Loading…',
  retry: 'Retry',
  loadFailed: 'This view could not load its data.',
  viewCodeFailed: 'This view could not be loaded.',
  viewCodeFailedDetail: 'Its program file did not arrive: check the connection, then retry.',
  /** A section drawn when the visitor comes to it: the button draws it at once (and takes the keyboard into it). */
  viewShow: 'Show this section',
  badRecordsNotice: (count: number, file: string) =>
    `${count} ${count === 1 ? 'record' : 'records'} in ${file} ${count === 1 ? 'was' : 'were'} left out because of mistakes in the file:`,
  /** Values of a list (a country code among a project's countries) dropped while their record stays on the page. */
  badItemsNotice: (count: number, file: string) =>
    `${count} ${count === 1 ? 'value' : 'values'} in ${file} ${count === 1 ? 'was' : 'were'} left out because of mistakes; the records that hold them are shown without them:`,
  footerSources:
    'Sources: ICMPD news items, the Anti-Trafficking Programme page and factsheet, and the brochure “Highlights and Milestones 2002–2022”. Every record names its source.',
  yearApproximate: 'year approximate',
  /** In a timeline box's head, where the full words have no room beside the year. */
  yearApproximateShort: 'year approx.',
  /** A source document that carries no date. */
  sourceUndated: 'undated',
  addressIgnored: 'Part of this address was not understood and was ignored:',
  dismiss: 'Dismiss',
  projectsAndActions: (n: number) => `${n} ${n === 1 ? 'project or action' : 'projects and actions'}`,
  pageTitle: 'ICMPD Anti-Trafficking Programme 2002–2023: map, timeline and figures',
  languageLabel: 'Language',
  /** The header's button that opens the list of keys (also opened by "?"). */
  keysOpen: 'Keyboard keys',
  /** Beside a dataset text shown in English because it has no translation yet. */
  untranslatedBadge: 'EN',
  untranslatedNote: 'Not yet translated — shown in English',
  /** Between a label and its value: French puts a no-break space before the colon. */
  colon: ':',
  ...mapMessages,
  ...figuresMessages,
  ...timelineMessages,
  ...shareMessages,
};

export type Messages = typeof en;
