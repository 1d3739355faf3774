// In French, the page shows no English milestone or project text: every title, summary, detail and note of the
// datasets has its translation (the validator warns otherwise). Publication names quoted in English inside the
// French text are allowed; a whole English sentence of a record is not.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { reachViews } from './helpers';

type Tr = { translations?: { fr?: Record<string, string> } };
const projects = JSON.parse(readFileSync('data/projects.json', 'utf8')) as (Tr & { id: string; title: string; summary: string; countries: string[]; period: { note?: string } })[];
const milestones = JSON.parse(readFileSync('data/milestones.json', 'utf8')) as (Tr & { id: string; title: string; detail: string; yearNote?: string })[];

/** The English texts a French page must not show: each record's text fields, where French words them differently. */
const english = [
  ...projects.flatMap((p) => [['summary', p.summary, p.translations?.fr?.['summary']], ['periodNote', p.period.note, p.translations?.fr?.['periodNote']]]),
  ...milestones.flatMap((m) => [['title', m.title, m.translations?.fr?.['title']], ['detail', m.detail, m.translations?.fr?.['detail']], ['yearNote', m.yearNote, m.translations?.fr?.['yearNote']]]),
].filter(([, en, fr]) => en !== undefined && en !== fr) as [string, string, string | undefined][];

test('in French, no English milestone or project text is on the page', async ({ page }) => {
  const texts: string[] = [];
  const approximate = milestones.find((m) => m.yearNote)!;
  for (const query of ['country=NG', 'country=CV', 'country=GH', `milestone=${approximate.id}`]) {
    await page.goto(`./?lang=fr&${query}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await reachViews(page);
    if (query.startsWith('milestone')) await expect(page.locator('#timeline-card')).toBeVisible({ timeout: 15_000 });
    else await expect(page.locator('#country-panel-heading')).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    texts.push(await page.locator('body').innerText());
  }
  const page_ = texts.join('\n');
  expect(english.filter(([, en]) => page_.includes(en)).map(([field, en]) => `${field}: ${en.slice(0, 80)}`)).toEqual([]);
  // The French is there, so the check above is not passing on a page without the records.
  expect(page_).toContain(projects.find((p) => p.id === 'ocwar-t')!.translations!.fr!['summary']!);
  await expect(page.locator('[data-untranslated]')).toHaveCount(0);
});

test('the French texts are fetched only in French, and the switch shows them without reloading the datasets', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname.replace(/^.*\/data\//, 'data/')));
  await page.goto('./?country=NG');
  await expect(page.locator('#country-panel-heading')).toBeVisible({ timeout: 15_000 });
  // Every file the page asks for by itself is in (the figures' own file comes with their code, after the map's).
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => r.endsWith('.fr.json'))).toEqual([]);
  const datasets = requests.filter((r) => r.startsWith('data/')).sort();
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('body')).toContainText(projects.find((p) => p.id === 'ocwar-t')!.translations!.fr!['summary']!);
  expect(requests.filter((r) => r.endsWith('.fr.json')).sort()).toEqual(['data/offices.fr.json', 'data/projects.fr.json', 'data/regions.fr.json']);
  expect(requests.filter((r) => r.startsWith('data/') && !r.endsWith('.fr.json')).sort()).toEqual(datasets);
});
