// The interface in French: every interface string from the catalogue, the language switch, ?lang=, axe, screenshots.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { expectNoAxeViolations, reachViews, trackErrors, openFilters } from './helpers';

/** [path, English] for every English string over 3 characters that French words differently. */
function englishLeftovers(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (english: unknown, french: unknown, path: string) => {
    if (typeof english === 'string') {
      if (english.length > 3 && english !== french) out.push([path, english]);
    } else if (typeof english === 'object' && english !== null) {
      for (const [key, value] of Object.entries(english)) walk(value, (french as Record<string, unknown> | undefined)?.[key], `${path}.${key}`);
    }
  };
  walk(en, fr, 'en');
  return out;
}

/**
 * The page's words as a reader meets them: visible text, option labels, and the accessible names and tooltips of
 * visible elements. Text marked as English (lang="en": dataset text not yet translated, quotes from English sources,
 * donor names) is left out: it is honestly labelled, not an interface string left behind.
 */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[lang="en"], [data-untranslated]') != null;
    const visible = (el: Element | null) => el !== null && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !english(node) && (visible(node.parentElement) || node.parentElement?.closest('option'))) texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (english(el) || !visible(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Titles of English publications, quoted as they are published (the footer's brochure). */
const ENGLISH_TITLES = ['Highlights and Milestones 2002–2022'];

/** An English string found as a whole phrase (not "Table" inside "Tableau"). */
function findLeftovers(all: string[]): string[] {
  const texts = all.map((t) => ENGLISH_TITLES.reduce((text, title) => text.replaceAll(title, '…'), t));
  const found: string[] = [];
  for (const [path, english] of englishLeftovers()) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    const where = texts.find((t) => pattern.test(t));
    if (where) found.push(`${path} = "${english}" in "${where.slice(0, 120)}"`);
  }
  return found;
}

async function ready(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', /^(en|fr)$/);
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await reachViews(page);
  await expect(page.locator('#timeline li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#figures .stat').first()).toBeVisible({ timeout: 15_000 });
}

test.describe('in French', () => {
  test('?lang=fr shows French throughout, the dataset texts included', async ({ page }) => {
    const errors = await trackErrors(page);
    await ready(page, '?lang=fr&country=NG&milestone=abidjan-shelter-training');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(fr.pageTitle);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.appTitle);
    await expect(page.locator('#country-panel-heading')).toHaveText('Nigeria');
    await expect(page.locator('#timeline-card-title')).toBeVisible();
    // Every project and milestone text has its French: no "EN" marker is left.
    await expect(page.locator('[data-untranslated]')).toHaveCount(0);
    // Translated dataset labels: the stated figures and the regions.
    await expect(page.locator('#figures .stat .label').first()).toHaveText('Année de création');
    await expect(page.locator('#figures table')).toContainText('Afrique de l’Ouest (CEDEAO)');
    // French number and date formats.
    await expect(page.locator('#timeline-card .when')).toContainText('28 novembre 2023');

    expect(findLeftovers(await interfaceText(page))).toEqual([]);
    expect(errors).toEqual({ console: [], csp: [] });
  });

  test('the table view and the filters are French too', async ({ page }) => {
    await page.goto('./?lang=fr&view=table&region=west-africa');
    await expect(page.locator('#map table').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await openFilters(page);
    await expect(page.getByRole('combobox', { name: fr.filterRegion, exact: true })).toHaveValue('west-africa');
    await expect(page.getByRole('combobox', { name: fr.filterRegion, exact: true }).locator('option:checked')).toHaveText('Afrique de l’Ouest (CEDEAO)');
    expect(findLeftovers(await interfaceText(page))).toEqual([]);
  });

  test('region names are French wherever they appear (map, legend, table, filters, timeline, figures)', async ({ page }) => {
    const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { name: string; translations?: { fr?: { name?: string } } }[];
    await ready(page, '?lang=fr&region=west-africa&colour=region');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('#timeline')).toContainText('Afrique de l’Ouest (CEDEAO)');
    await expect(page.locator('#map figure, #map .legend').first()).toContainText('Union européenne');
    const texts = await interfaceText(page);
    const english = regions.filter((r) => r.translations?.fr?.name).map((r) => r.name);
    expect(english.filter((name) => texts.some((t) => t.includes(name)))).toEqual([]);
  });

  test('axe finds no violations in French', async ({ page }) => {
    await ready(page, '?lang=fr&country=NG');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectNoAxeViolations(page);
  });

  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`screenshot: French page on ${name} (${viewport.width}×${viewport.height}), nothing wider than the screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await ready(page, '?lang=fr&country=NG&milestone=abidjan-shelter-training');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `test-results/screenshots/i18n-fr-${name}.png`, fullPage: true });
      await page.screenshot({ path: `test-results/screenshots/i18n-fr-${name}-top.png` });
      for (const [part, selector] of [['header', '.site-header'], ['map', '#map'], ['timeline', '#timeline'], ['figures', '#figures']]) {
        await page.locator(selector!).screenshot({ path: `test-results/screenshots/i18n-fr-${name}-${part}.png` });
      }
    });
  }
});

test.describe('the browser’s language', () => {
  test.use({ locale: 'fr-FR' });

  test('a French browser gets French without ?lang=', async ({ page }) => {
    await ready(page, '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.appTitle);
  });

  test('?lang=en wins over the browser', async ({ page }) => {
    await ready(page, '?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.appTitle);
  });
});

test('the language switch changes the language and keeps the rest of the address', async ({ page }) => {
  await page.goto('./?region=west-africa&year=2010');
  await expect(page.locator('#map svg[role="group"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const switcher = page.getByRole('group', { name: en.languageLabel });
  await switcher.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.appTitle);
  await expect(page.getByRole('group', { name: fr.languageLabel }).getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  const params = new URL(page.url()).searchParams;
  expect(Object.fromEntries(params)).toEqual({ region: 'west-africa', year: '2010', lang: 'fr' });
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: fr.filterRegion, exact: true })).toHaveValue('west-africa');

  // A later choice in the map keeps the language in the address; a reload keeps it on screen.
  await page.getByRole('combobox', { name: fr.filterTheme, exact: true }).selectOption('policy');
  await expect(page).toHaveURL(/lang=fr/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr', { timeout: 15_000 });

  await page.getByRole('group', { name: fr.languageLabel }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.appTitle);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(new URL(page.url()).searchParams.get('region')).toBe('west-africa');
});

test('?lang=xx is reported in the ignored-parameters notice, and the page stays English', async ({ page }) => {
  const errors = await trackErrors(page);
  await ready(page, '?lang=xx');
  const notice = page.getByRole('status').filter({ hasText: en.addressIgnored });
  await expect(notice).toContainText('lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual({ console: [], csp: [] });
});

test('an English visit does not download the French catalogue', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await ready(page, '');
  const firstLoad = scripts.length;
  await page.getByRole('group', { name: en.languageLabel }).getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(scripts.length, 'choosing French fetches its catalogue then').toBeGreaterThan(firstLoad);
});
