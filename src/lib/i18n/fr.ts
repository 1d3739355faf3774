// Le catalogue français, chargé à la demande (voir catalogues.ts). Mêmes clés que en.ts : une clé manquante est une
// erreur de type. Typographie : espace insécable avant « : », espace fine insécable avant ; ! ? et dans « » (fr/typography.ts).
import type { Messages } from './en';
import { figuresMessages } from './fr/figures';
import { mapMessages } from './fr/map';
import { shareMessages } from './fr/share';
import { timelineMessages } from './fr/timeline';
import { NBSP, NNBSP, plural, quoted } from './fr/typography';

export const fr: Messages = {
  appTitle: 'Programme de lutte contre la traite 2002–2023',
  appOrganisation: 'ICMPD · Centre international pour le développement des politiques migratoires',
  appIntro: `Vingt ans d’action contre la traite des êtres humains${NBSP}: où le programme intervient, ses jalons et le programme en chiffres.`,
  skipToContent: 'Aller à la carte',
  navLabel: 'Sections',
  mapHeading: 'Où se trouvent les projets documentés',
  timelineHeading: 'Vingt ans de jalons',
  figuresHeading: 'Le programme en chiffres',
  loading: 'Chargement…',
  retry: 'Réessayer',
  loadFailed: 'Cette vue n’a pas pu charger ses données.',
  viewCodeFailed: 'Cette vue n’a pas pu être chargée.',
  viewCodeFailedDetail: `Son fichier de programme n’est pas arrivé${NBSP}: vérifiez la connexion, puis réessayez.`,
  viewShow: 'Afficher cette section',
  badRecordsNotice: (count: number, file: string) =>
    `${plural(count, 'fiche', 'fiches')} de ${file} ${count < 2 ? 'a été écartée' : 'ont été écartées'} en raison d’erreurs dans le fichier${NBSP}:`,
  badItemsNotice: (count: number, file: string) =>
    `${plural(count, 'valeur', 'valeurs')} de ${file} ${count < 2 ? 'a été écartée' : 'ont été écartées'} en raison d’erreurs${NNBSP}; les fiches qui les contiennent sont affichées sans elles${NBSP}:`,
  footerSources: `Sources${NBSP}: actualités de l’ICMPD, page et fiche d’information du Programme de lutte contre la traite (ATP) de l’ICMPD, et brochure ${quoted('Highlights and Milestones 2002–2022')} (en anglais). Chaque fiche indique sa source.`,
  yearApproximate: 'année approximative',
  yearApproximateShort: 'année approx.',
  sourceUndated: 'sans date',
  addressIgnored: `Une partie de cette adresse n’a pas été comprise et a été ignorée${NBSP}:`,
  dismiss: 'Masquer',
  projectsAndActions: (n: number) => plural(n, 'projet ou action', 'projets et actions'),
  pageTitle: `Programme de lutte contre la traite (ATP) de l’ICMPD 2002–2023${NBSP}: carte, chronologie et chiffres`,
  languageLabel: 'Langue',
  keysOpen: 'Touches du clavier',
  untranslatedBadge: 'EN',
  untranslatedNote: 'Pas encore traduit — affiché en anglais',
  colon: `${NBSP}:`,
  ...mapMessages,
  ...figuresMessages,
  ...timelineMessages,
  ...shareMessages,
};
