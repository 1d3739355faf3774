// Chaînes de la vue « le programme en chiffres ».
import { NBSP, plural, quoted } from './typography';

export const figuresMessages: typeof import('../en/figures').figuresMessages = {
  statedHeading: 'Tels que le programme les présente',
  statedNote: (year: number) =>
    `Les totaux du programme lui-même, tirés de sa fiche d’information (${year}). Ils comptent l’ensemble de ses travaux, y compris ce que cette application ne recense pas.`,
  statedAsOf: (year: number) => `en ${year}`,
  statedTeam: (year: number, members: number, offices: number, cities: string) => `En ${year}, l’équipe du programme${NBSP}: ${members}${NBSP}membres dans ${offices}${NBSP}bureaux de l’ICMPD (${cities}).`,
  statedSource: 'Source',
  documentedHeading: 'Ce que documente cette application',
  documentedNote:
    'Comptés à partir des fiches des jeux de données de cette application, qui ne contiennent que ce que décrivent les documents sources. Ils suivent les filtres de la carte.',
  documentedScopeAll: 'Ensemble des travaux documentés',
  documentedSentence: (scope: string, projects: number, countries: number, since: number | null) =>
    `${scope}${NBSP}: ${plural(projects, 'projet ou action', 'projets et actions')} dans ${plural(countries, 'pays', 'pays')}${since === null ? '' : `, documentés à partir de ${since}`}.`,
  documentedProjects: 'Projets et actions',
  documentedCountries: 'Pays',
  documentedRegions: 'Régions',
  documentedMilestones: 'Jalons',
  documentedYears: 'Années couvertes',
  documentedNoYears: 'aucune date',
  regionsHeading: 'Couverture régionale',
  regionsCaption: 'Tous les projets et actions documentés par région du programme, quels que soient les filtres (un projet présent dans plusieurs régions compte dans chacune)',
  regionsRegion: 'Région',
  regionsProjects: 'Projets et actions',
  regionsCountries: 'Pays',
  regionsSince: 'Première année documentée',
  regionsOwnGrouping: 'regroupement propre à cette application, non nommé par les sources',
  // A region or country name takes an article in French ("l’Union européenne", "le Sénégal") that the data do not
  // carry, so names stand after a colon or in parentheses rather than inside the sentence.
  regionsShow: (name: string) => `Afficher sur la carte${NBSP}: ${name}`,
  regionsShowShort: 'Afficher',
  regionsChosen: 'affichée sur la carte',
  colourBy: 'Colorer la carte selon',
  storyScope: (name: string, shown: number, total: number) => `Jalons liés à la sélection (${name})${NBSP}: ${shown} sur ${total}.`,
  storyScopeEmpty: (name: string) => `Aucun jalon des données n’est lié à la sélection (${name}).`,
  storyShowAll: 'Afficher tous les jalons',
  storyLinkYears: 'Synchroniser la chronologie',
  storyHighlight: (title: string) => `Mis en évidence sur la carte${NBSP}: les pays de ${quoted(title)}.`,
  colourByCount: 'Projets par pays',
  colourByRegion: 'Région',
};
