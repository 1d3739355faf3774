// The words of the downloads' captions and of the Share dialog's picture, in each language: loaded with the downloads
// and the dialog (both on demand), not with the page's catalogue, which is part of the first load
// (tests/unit/size-budget.test.ts). French typography as in i18n/fr/typography.ts.
import type { Locale } from '../i18n/languages';
import { NBSP } from '../i18n/fr/typography';

const en = {
  exportMapKicker: 'ICMPD Anti-Trafficking Programme: where the documented projects are',
  exportMapScope: (scope: string, shown: number, total: number) => `${scope} — ${shown} of ${total} ${total === 1 ? 'project or action' : 'projects and actions'}`,
  exportWholeWorld: 'The whole world',
  exportZoomedView: 'Part of the map',
  exportFilteredTo: (filters: string) => `Filtered to ${filters}`,
  exportCountriesInView: (n: number) => (n === 1 ? '1 country with documented projects in this view' : `${n} countries with documented projects in this view`),
  exportListHeading: 'The countries in this view and their projects',
  exportListMore: (n: number) => (n === 1 ? '… and 1 more country: see the table on the page.' : `… and ${n} more countries: see the table on the page.`),
  exportTimelineScope: (scope: string) => `Only the milestones concerning ${scope}`,
  shareAltHeading: 'Picture of the map',
  shareAltDownload: 'Download the map as PNG (16:9)',
  shareAltLabel: 'Suggested alt text for the picture',
  shareAltCopy: 'Copy alt text',
  shareAltNote: 'Where you publish the picture, give it this text, so that people who cannot see it are told what it shows.',
};

export type ExportWords = typeof en;

const fr: ExportWords = {
  exportMapKicker: `Programme de lutte contre la traite de l’ICMPD${NBSP}: où sont les projets documentés`,
  exportMapScope: (scope: string, shown: number, total: number) => `${scope} — ${shown} sur ${total} ${total < 2 ? 'projet ou action' : 'projets et actions'}`,
  exportWholeWorld: 'Le monde entier',
  exportZoomedView: 'Détail de la carte',
  exportFilteredTo: (filters: string) => `Filtres${NBSP}: ${filters}`,
  exportCountriesInView: (n: number) => `${n}${NBSP}pays avec des projets documentés dans cette vue`,
  exportListHeading: 'Les pays de cette vue et leurs projets',
  exportListMore: (n: number) => (n < 2 ? `… et 1 autre pays${NBSP}: voir le tableau de la page.` : `… et ${n} autres pays${NBSP}: voir le tableau de la page.`),
  exportTimelineScope: (scope: string) => `Seulement les jalons concernant ${scope}`,
  shareAltHeading: 'Image de la carte',
  shareAltDownload: 'Télécharger la carte en PNG (16:9)',
  shareAltLabel: 'Texte alternatif suggéré pour l’image',
  shareAltCopy: 'Copier le texte alternatif',
  shareAltNote: 'Là où vous publiez l’image, donnez-lui ce texte, pour que les personnes qui ne la voient pas sachent ce qu’elle montre.',
};

const WORDS: Record<Locale, ExportWords> = { en, fr };

export const exportWords = (locale: Locale): ExportWords => WORDS[locale] ?? en;
