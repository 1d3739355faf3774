// The figures view's list of what the programme states about its work (data/programme.json): pillars, thematic
// components and the regions it names, each with its source, in English and in French; the regions never colour the map.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews, trackErrors } from './helpers';

interface Statement {
  id: string;
  kind: 'pillar' | 'component' | 'region';
  name: string;
  mapRegions?: string[];
  translations: { fr: { name: string } };
}
const statements = JSON.parse(readFileSync('data/programme.json', 'utf8')) as Statement[];
const of = (kind: Statement['kind']) => statements.filter((s) => s.kind === kind);
const group = (page: import('@playwright/test').Page, name: string) => page.locator('#figures .group').filter({ has: page.getByRole('heading', { level: 4, name }) });

test('lists the pillars, components and stated regions with their sources, and says where the map differs', async ({ page }) => {
  const errors = await trackErrors(page);
  await page.goto('./');
  await reachViews(page, 'figures');
  await expect(page.getByRole('heading', { level: 3, name: 'How the programme describes its work' })).toBeVisible({ timeout: 15_000 });

  const pillars = group(page, 'Pillars of its approach');
  await expect(pillars.locator('li .name')).toHaveText(of('pillar').map((s) => s.name));
  await expect(pillars.locator('> .source')).toHaveText(/Source: Anti-Trafficking Programme \(ICMPD web page\).*three pillar approach of Policy and Research, Capacity Building and Dialogues and Partnership/);

  const components = group(page, 'Thematic components');
  await expect(components.locator('li .name')).toHaveText(of('component').map((s) => s.name));
  await expect(components.locator('> .source')).toContainText('Anti-Trafficking Programme factsheet (ICMPD, 2022)');

  const where = group(page, 'Where it says it works');
  await expect(where.locator('li .name')).toHaveText(of('region').map((s) => s.name));
  await expect(where.locator('> .source')).toContainText('ATP extends from South-East Europe and the EU, to West and East Africa, Central and South-East Asia, the Middle East, and South America.');
  await expect(where.locator('li').filter({ hasText: 'East Africa' }).filter({ hasNotText: 'West' })).toContainText('No documented project in this app’s sources');
  await expect(where.locator('li').filter({ hasText: 'West Africa' })).toContainText('On the map: West Africa (ECOWAS)');
  await expect(where.locator('li').filter({ hasText: 'South-East Europe' }).first()).toContainText('Western Balkans and Türkiye');
  await expect(where).toContainText('the map also has Eastern Europe and the South Caucasus.');

  // A stated region is words, never a colour: East Africa's countries stay uncoloured (Kenya, Ethiopia).
  await expect(page.locator('#map path[data-code="NG"].has-data')).toHaveCount(1);
  for (const id of ['KE', 'ET']) await expect(page.locator(`#map path[data-code="${id}"].has-data`)).toHaveCount(0);
  await expectNoAxeViolations(page, '#figures');
  expect(errors).toEqual({ console: [], csp: [] });
});

test('in French: the names, notes and headings in French, the quotes in English marked as such', async ({ page }) => {
  await page.goto('./?lang=fr');
  await reachViews(page, 'figures');
  await expect(page.getByRole('heading', { level: 3, name: 'Comment le programme décrit son action' })).toBeVisible({ timeout: 15_000 });
  await expect(group(page, 'Piliers de son approche').locator('li .name')).toHaveText(of('pillar').map((s) => s.translations.fr.name));
  await expect(group(page, 'Composantes thématiques').locator('li .name')).toHaveText(of('component').map((s) => s.translations.fr.name));
  const where = group(page, 'Où il dit travailler');
  await expect(where.locator('li .name')).toHaveText(of('region').map((s) => s.translations.fr.name));
  await expect(where.locator('li').filter({ hasText: 'Afrique de l’Est' })).toContainText('Aucun projet documenté dans les sources de cette application');
  await expect(where.locator('li').filter({ hasText: 'Afrique de l’Ouest' })).toContainText('Sur la carte\u00a0: Afrique de l’Ouest (CEDEAO)');
  // Nothing of this list is left untranslated; the quotes are the sources' English, said so to screen readers.
  await expect(page.locator('#figures .statements [data-untranslated]')).toHaveCount(0);
  await expect(where.locator('> .source q span')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, '#figures');
});

test.describe('with no service worker', () => {
  // The worker's own requests bypass page.route (foundation.spec.ts).
  test.use({ serviceWorkers: 'block' });

  test('a failed download of the list says so with Retry, and the stated totals stay', async ({ page }) => {
    await page.route('**/data/programme.json', (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await reachViews(page, 'figures');
    await expect(page.locator('#figures').getByRole('alert')).toContainText('network request failed', { timeout: 15_000 });
    await expect(page.locator('#figures').getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.locator('#figures .stat')).not.toHaveCount(0);
  });

  test('a record with a mistake is left out and named; the others show', async ({ page }) => {
    await page.route('**/data/programme.json', async (route) => {
      const response = await route.fetch();
      const records = (await response.json()) as Record<string, unknown>[];
      records[0]!['kind'] = 'pilar';
      await route.fulfill({ response, body: JSON.stringify(records) });
    });
    await page.goto('./');
    await reachViews(page, 'figures');
    await expect(page.locator('#figures')).toContainText('programme.json', { timeout: 15_000 });
    await expect(group(page, 'Pillars of its approach').locator('li .name')).toHaveText(of('pillar').slice(1).map((s) => s.name));
  });
});
