// Attack suite (issue 22): hostile or careless datasets and addresses against the built app, kept as regression tests.
// Unit-level cases live in tests/unit/attack/; broken datasets as files in tests/fixtures/.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { corruptDataset, openFilters, reachViews, trackErrors } from './helpers';
import { FIRST_PAGE, MORE_PAGE } from '../../src/lib/projects/panel-pages';

interface Project {
  id: string;
  countries: string[];
  scope?: string;
}
const projects = JSON.parse(readFileSync('data/projects.json', 'utf8')) as Project[];
/** What the map counts: the programme's own work (related ICMPD projects are listed apart and colour nothing). */
const programme = projects.filter((p) => p.scope !== 'related');
const allCountries = new Set(programme.flatMap((p) => p.countries)).size;

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
}

/** "Showing 22 of 22 projects and actions in 32 countries." as its two counts. */
async function shown(page: Page): Promise<{ projects: number; countries: number }> {
  const summary = page.locator('#map').getByRole('status').filter({ hasText: /Showing \d+ of \d+ projects and actions in \d+ countr(?:y|ies)/ });
  await expect(summary).toBeVisible();
  const [, p, c] = /Showing (\d+) of \d+ projects and actions in (\d+) countr(?:y|ies)/.exec((await summary.textContent()) ?? '')!;
  return { projects: Number(p), countries: Number(c) };
}

async function controlledByWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** Every request for projects.json, the worker's own included, answered by `answer` until the returned function is called. */
async function serveProjects(context: BrowserContext, answer: { status: number; body: string }) {
  const pattern = '**/data/projects.json';
  const handler = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body });
  await context.route(pattern, handler);
  return () => context.unroute(pattern, handler);
}

test.describe('case 1: the offline copy of a dataset is only ever a good one', () => {
  test('after a good visit, a broken projects.json, then a 500, then no network: the map shows the last good data and says why', async ({ page, context }) => {
    await page.goto('./');
    await mapReady(page);
    await controlledByWorker(page);
    const good = await shown(page);
    expect(good).toEqual({ projects: programme.length, countries: allCountries });

    // The server's copy is cut off mid-file.
    let stop = await serveProjects(context, { status: 200, body: '[{"id": "broken"' });
    await page.reload();
    await mapReady(page);
    expect(await shown(page)).toEqual(good);
    const broken = page.getByRole('status').filter({ hasText: "The server's copy of projects.json is broken" });
    await expect(broken).toContainText('projects.json is not valid JSON');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await stop();

    // A record the schema refuses is broken too.
    stop = await serveProjects(context, { status: 200, body: '[{"id": "broken"}]' });
    await page.reload();
    await mapReady(page);
    expect(await shown(page)).toEqual(good);
    await expect(page.getByRole('status').filter({ hasText: "The server's copy of projects.json is broken" })).toContainText('"broken" (record 1) → name');
    await stop();

    // Then the server fails outright.
    stop = await serveProjects(context, { status: 500, body: 'Internal Server Error' });
    await page.reload();
    await mapReady(page);
    expect(await shown(page)).toEqual(good);
    await expect(page.getByRole('status').filter({ hasText: 'The server could not send projects.json (it answered 500)' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await stop();

    // And then there is no network at all: still the good copy, never the broken one.
    await context.setOffline(true);
    await page.reload();
    await mapReady(page);
    expect(await shown(page)).toEqual(good);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await context.setOffline(false);
  });
});

test.describe('case 3: one bad country code costs that code, not the record', () => {
  test("a typo in OCWAR-T's list leaves its other countries on the map and names the code", async ({ page }) => {
    const errors = await trackErrors(page);
    await corruptDataset(page, 'projects.json', (records) => {
      const ocwar = records.find((r) => r['id'] === 'ocwar-t')!;
      ocwar['countries'] = [...(ocwar['countries'] as string[]).slice(0, 3), 'ZZ', ...(ocwar['countries'] as string[]).slice(3)];
    });
    await page.goto('./');
    await mapReady(page);
    expect(await shown(page)).toEqual({ projects: programme.length, countries: allCountries });
    const notice = page.getByRole('status').filter({ hasText: '1 value in projects.json was left out' });
    await expect(notice).toBeVisible();
    await notice.locator('summary').click();
    await expect(notice).toContainText('projects.json → "ocwar-t" (record');
    await expect(notice).toContainText('countries.3: expected an existing two-letter upper-case ISO country code such as "NG" (Kosovo: "XK"), found "ZZ"');
    expect(errors).toEqual({ console: [], csp: [] });
  });
});

test.describe('case 4: a long unbroken word never widens the page', () => {
  // page.route does not see what a service worker fetches, and the page navigates more than once here.
  test.use({ serviceWorkers: 'block' });
  const LONG = 300; // the longest name the schema takes (NAME_MAX); a longer one is refused (checked below)
  const word = (letter: string, length = LONG) => letter.repeat(length);

  async function hostileWords(page: Page, length = LONG) {
    await corruptDataset(page, 'regions.json', (records) => (records.find((r) => r['id'] === 'west-africa')!['name'] = word('W', length)));
    await corruptDataset(page, 'statistics.json', (records) => (records[1]!['label'] = word('L', length)));
    await corruptDataset(page, 'milestones.json', (records) => (records[0]!['title'] = word('M', length)));
  }

  /**
   * The page is no wider than the window; every element that holds the long word is no wider than the window either
   * (the word wrapped: a table in its scrolling box did not grow to the word's width and push its buttons out of
   * sight); and outside such a scrolling box (a table narrower than its headings on a phone scrolls by design), no
   * button or text reaches past the window's right edge.
   */
  async function expectNothingWider(page: Page, where: string) {
    const wide = await page.evaluate((length) => {
      const width = document.documentElement.clientWidth;
      const shown = (el: Element) => el.getBoundingClientRect().width > 0 && !el.closest('[hidden], dialog:not([open])');
      const scrolls = (el: Element) => {
        for (let a = el.parentElement; a; a = a.parentElement) if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
        return false;
      };
      const label = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 20)}`;
      const word = new RegExp(`([WLM])\\1{${length - 1}}`);
      const holders = [...document.querySelectorAll('body *')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && word.test(n.textContent ?? '')));
      const wideHolders = holders.filter((el) => shown(el) && el.getBoundingClientRect().width > width).map(label);
      const past = [...document.querySelectorAll('button, td, th, h2, h3, p, li, select')]
        .filter((el) => shown(el) && el.getBoundingClientRect().right > width + 1 && !scrolls(el))
        .map(label);
      return { scroll: document.documentElement.scrollWidth, width, wideHolders: wideHolders.slice(0, 5), past: past.slice(0, 5) };
    }, LONG);
    expect({ where, ...wide }).toEqual({ where, scroll: wide.width, width: wide.width, wideHolders: [], past: [] });
  }

  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    test(`in a region name, a statistic label and a milestone title at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await hostileWords(page);
      await page.goto('./?region=west-africa');
      await mapReady(page);
      await expect(page.locator('#map').getByText(word('W')).first()).toBeAttached();
      await expectNothingWider(page, 'map with the region chosen');
      await page.locator('#map-country-NG').click();
      await expectNothingWider(page, 'country panel');
      await page.getByRole('button', { name: 'Table' }).click();
      await expect(page.getByRole('table', { name: /per country/ })).toBeVisible();
      await expectNothingWider(page, 'map as a table');
      await page.goto(`./?milestone=${JSON.parse(readFileSync('data/milestones.json', 'utf8'))[0].id}`);
      await reachViews(page, 'timeline');
      await expect(page.locator('#timeline').getByText(word('M')).first()).toBeAttached({ timeout: 15_000 });
      await expectNothingWider(page, 'timeline with the milestone open');
      await reachViews(page, 'figures');
      await expect(page.locator('#figures').getByText(word('L')).first()).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('#figures').getByText(word('W')).first()).toBeVisible();
      await expectNothingWider(page, 'figures and the regions table');
      await page.screenshot({ path: `test-results/screenshots/attack-long-words-${viewport.width}.png`, fullPage: true });
      await page.goto(`./?milestone=${JSON.parse(readFileSync('data/milestones.json', 'utf8'))[0].id}&present=1`);
      const presentation = page.getByRole('dialog', { name: 'Presentation of the programme' });
      await expect(presentation).toBeVisible({ timeout: 15_000 });
      // The show may open on its title slide: step on to the milestone's slide.
      for (let step = 0; step < 3 && !(await presentation.getByText(word('M')).first().isVisible()); step++) await page.keyboard.press('ArrowRight');
      await expect(presentation.getByText(word('M')).first()).toBeVisible();
      const box = await presentation.evaluate((el) => ({ right: Math.max(...[...el.querySelectorAll('*')].map((c) => c.getBoundingClientRect().right)), scroll: el.scrollWidth, width: el.clientWidth }));
      expect(box.right).toBeLessThanOrEqual(viewport.width + 1);
      expect(box.scroll).toBe(box.width);
      await page.screenshot({ path: `test-results/screenshots/attack-long-words-present-${viewport.width}.png` });
    });
  }

  test('a 10,000-character word is refused by the schema, named without widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await hostileWords(page, 10_000);
    await page.goto('./');
    await mapReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'regions.json' });
    await notice.locator('summary').click();
    await expect(notice).toContainText('regions.json → "west-africa" (record');
    await expect(notice).toContainText('name: expected a text of at most 300 characters, found a text of 10000 characters');
    await expectNothingWider(page, 'map with the refused region named');
  });
});

test.describe('case 10: a value echoed from the address is cut short and isolated', () => {
  // 5,000 and 3,000 characters: the preview server refuses a request line over Node's 16 kB header limit (431).
  test('a 5,000-character region and a right-to-left override stay one short line each, inside <bdi>', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = await trackErrors(page);
    await page.goto(`./?region=${'a'.repeat(5000)}&theme=%E2%80%AEfdp.exe&milestone=${'m'.repeat(3000)}`);
    const notice = page.getByRole('status').filter({ hasText: 'Part of this address was not understood' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    const values = await notice.locator('code bdi').allTextContents();
    expect(values).toEqual(expect.arrayContaining(['region', `${'a'.repeat(40)}…`, 'theme', '\u202Efdp.exe']));
    expect(Math.max(...values.map((v) => v.length))).toBeLessThanOrEqual(41);
    // The notice stays a few lines high (1,456 px before).
    expect((await notice.boundingBox())!.height).toBeLessThan(200);
    await reachViews(page, 'timeline');
    const unknown = page.locator('#timeline').getByText(/was not found|not understood/).first();
    await expect(unknown).toBeVisible();
    expect(((await unknown.textContent()) ?? '').length).toBeLessThan(200);
    await expect(unknown).toContainText(`${'m'.repeat(40)}…`);
    expect(errors).toEqual({ console: [], csp: [] });
  });
});

test.describe('case 2: control characters never break a picture export', () => {
  /** Chooses a Download item in a view's menu and returns the file's bytes. */
  async function downloadFrom(page: Page, scope: string, item: string) {
    const section = page.locator(scope);
    await section.locator('summary', { hasText: 'Download' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: item, exact: true }).click()]);
    mkdirSync('test-results/exports', { recursive: true });
    const path = `test-results/exports/attack-${file.suggestedFilename()}`;
    await file.saveAs(path);
    return readFileSync(path);
  }

  test('U+0008 in a region name is refused by name; the same character on the page still gives a well-formed SVG and a PNG', async ({ page }) => {
    const errors = await trackErrors(page);
    await corruptDataset(page, 'regions.json', (records) => {
      const region = records.find((r) => r['id'] === 'west-africa')!;
      region['name'] = `West\bAfrica ${String(region['name'])}`;
    });
    await page.goto('./');
    await mapReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'regions.json' });
    await notice.locator('summary').click();
    await expect(notice).toContainText('name: expected text without control characters, found U+0008 at position 5');

    // Whatever the data: the export copies the map's markup, so text put on the page by any means reaches it.
    await page.evaluate(() => {
      const path = document.querySelector('#map svg path.country')!;
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = 'West\bAfrica\u0000\uFFFF';
      path.append(title);
    });
    const svg = (await downloadFrom(page, '#map', 'SVG, 16:9 slide')).toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, titles: [...doc.querySelectorAll('path title')].map((t) => t.textContent) };
    }, svg);
    expect(parsed).toEqual({ error: null, titles: expect.arrayContaining(['WestAfrica']) });

    const png = await downloadFrom(page, '#map', 'PNG, 16:9 slide (1920 × 1080)');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1920, height: 1080 });
    expect(errors).toEqual({ console: [], csp: [] });
  });
});

test.describe('case 5: the year filters never cross, and their address reopens exactly them', () => {
  test('To 2013 then From 2016: To follows to 2016; a copy of the address shows the same filters and projects', async ({ page, context }) => {
    await page.goto('./');
    await mapReady(page);
    const year = (p: Page, bound: 'From' | 'To') => p.getByRole('combobox', { name: `${bound} year`, exact: true });
    await openFilters(page);
    await year(page, 'To').selectOption('2013');
    await year(page, 'From').selectOption('2016');
    await expect(year(page, 'To')).toHaveValue('2016');
    const before = await shown(page);
    expect(before.projects).toBeGreaterThan(0);

    const copy = await context.newPage();
    await copy.goto(page.url());
    // Nigeria has no project in 2016: wait for the filters, not for its shape.
    await openFilters(copy);
    await expect(year(copy, 'From')).toHaveValue('2016', { timeout: 15_000 });
    await expect(year(copy, 'To')).toHaveValue('2016');
    expect(await shown(copy)).toEqual(before);
    await expect(copy.getByText('Part of this address was not understood')).toHaveCount(0);
  });

  test('?from=2016&to=2013 reopens as a consistent set and says what it dropped', async ({ page }) => {
    await page.goto('./?from=2016&to=2013');
    await mapReady(page);
    await openFilters(page);
    await expect(page.getByRole('combobox', { name: 'From year', exact: true })).toHaveValue('2016');
    await expect(page.getByRole('combobox', { name: 'To year', exact: true })).toHaveValue('');
    await expect(page.getByText('Part of this address was not understood')).toContainText('to=2013');
    expect((await shown(page)).projects).toBeGreaterThan(0);
  });
});

test.describe('case 6: any donor name the data may hold survives the address', () => {
  // The copy must read the same altered data: a service worker's fetches would pass by the page's route.
  test.use({ serviceWorkers: 'block' });
  const donor = `Fondation pour la coopération & le développement #1 ${'long name '.repeat(25)}`.slice(0, 300).trim();

  test(`a ${donor.length}-character donor chosen in the filters reopens from its address`, async ({ page, context }) => {
    const withDonor = (p: Page) => corruptDataset(p, 'projects.json', (records) => void (records[0]!['donors'] = [donor]));
    await withDonor(page);
    await page.goto('./');
    await mapReady(page);
    await openFilters(page);
    await page.getByRole('combobox', { name: 'Donor', exact: true }).selectOption(donor);
    await expect.poll(async () => (await shown(page)).projects).toBe(1);

    const copy = await context.newPage();
    await withDonor(copy);
    await copy.goto(page.url());
    await mapReady(copy);
    await openFilters(copy);
    await expect(copy.getByRole('combobox', { name: 'Donor', exact: true })).toHaveValue(donor);
    expect((await shown(copy)).projects).toBe(1);
    await expect(copy.getByText('Part of this address was not understood')).toHaveCount(0);
  });
});

test.describe('case 7: a zoom off the map is refused with a notice', () => {
  test('?zoom=8/100000/100000 shows the whole world and names the zoom in the notice', async ({ page }) => {
    await page.goto('./?zoom=8/100000/100000');
    await mapReady(page);
    await expect(page.getByText('Part of this address was not understood')).toContainText('zoom=8/100000/100000');
    // The whole world: Nigeria lies inside the map's frame.
    const frame = (await page.locator('#map svg[role="group"]').first().boundingBox())!;
    const ng = (await page.locator('#map-country-NG').boundingBox())!;
    expect(ng.x).toBeGreaterThan(frame.x);
    expect(ng.x + ng.width).toBeLessThan(frame.x + frame.width);
    expect(ng.y).toBeGreaterThan(frame.y);
    expect(ng.y + ng.height).toBeLessThan(frame.y + frame.height);
  });
});

test.describe('case 9: a long country panel and a burst of filter changes', () => {
  test.use({ serviceWorkers: 'block' });

  test('a country with 60 projects and 15 milestones lists a page of each and shows more on demand', async ({ page }) => {
    await corruptDataset(page, 'projects.json', (records) => {
      const model = records.find((r) => (r['countries'] as string[]).includes('NG'))!;
      for (let i = 0; i < 60; i++) records.push({ ...model, id: `many-${i}`, countries: ['NG'] });
    });
    await corruptDataset(page, 'milestones.json', (records) => {
      const model = records.find((r) => ((r['countries'] as string[] | undefined) ?? []).includes('NG'))!;
      for (let i = 0; i < 15; i++) records.push({ ...model, id: `many-ng-${i}` });
    });
    await page.goto('./');
    await mapReady(page);
    await page.locator('#map-country-NG').click();
    const panel = page.getByRole('region', { name: 'Nigeria' });
    const items = panel.locator('article');
    const total = Number(/(\d+) projects and actions/.exec((await panel.locator('.meta').first().textContent()) ?? '')![1]);
    expect(total).toBeGreaterThan(60);
    await expect(items).toHaveCount(FIRST_PAGE);
    await panel.getByRole('button', { name: `Show ${MORE_PAGE} more (${total - FIRST_PAGE} not shown)` }).click();
    await expect(items).toHaveCount(FIRST_PAGE + MORE_PAGE);
    // The milestones' list below has its own pages: 15 added to Nigeria's own.
    const milestoneItems = panel.locator('ul.milestones li');
    await expect(milestoneItems).toHaveCount(FIRST_PAGE);
    const moreMilestones = panel.getByRole('button', { name: /^Show \d+ more/ }).last();
    await moreMilestones.click();
    const milestoneTotal = await milestoneItems.count();
    expect(milestoneTotal).toBeGreaterThan(FIRST_PAGE);
    await expect(items).toHaveCount(FIRST_PAGE + MORE_PAGE);
    while (await panel.getByRole('button', { name: /^Show \d+ more/ }).count()) await panel.getByRole('button', { name: /^Show \d+ more/ }).first().click();
    await expect(items).toHaveCount(total);
    expect(await milestoneItems.count()).toBe(milestoneTotal);
  });

  test('ten quick filter changes are one Back step', async ({ page }) => {
    // The clock stands still (timers still run), so however slow this machine the changes are less than 1 s apart.
    await page.clock.setFixedTime(new Date('2026-06-01T10:00:00Z'));
    await page.goto('./');
    await mapReady(page);
    await openFilters(page);
    const length = () => page.evaluate(() => history.length);
    const before = await length();
    const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
    for (const value of ['research', 'policy', 'partnership', 'capacity-building', 'research', 'policy', 'partnership', 'capacity-building', 'research', 'policy']) {
      await theme.selectOption(value);
    }
    await expect(page).toHaveURL(/theme=policy/);
    expect(await length()).toBe(before + 1);
    await page.goBack();
    await expect(theme).toHaveValue('');
  });
});
