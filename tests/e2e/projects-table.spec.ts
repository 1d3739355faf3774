// The map's table view (issue 19, item 6): the Projects tab beside the countries, sorted, filtered like the map, the
// countries table without an inner scroll area, the team's offices, phone, French and print.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { corruptDataset, expectNoAxeViolations, openFilters, trackErrors } from './helpers';

interface P {
  name: string;
  countries: string[];
  scope?: string;
}
const all = JSON.parse(readFileSync('data/projects.json', 'utf8')) as P[];
const programme = all.filter((p) => p.scope !== 'related');
const related = all.filter((p) => p.scope === 'related');
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { id: string; countries: string[] }[];
const westAfrica = new Set(regions.find((r) => r.id === 'west-africa')!.countries);

const projectsTable = (page: Page) => page.getByRole('table', { name: 'Projects and actions (follows the filters)' });
const countriesTable = (page: Page) => page.getByRole('table', { name: /per country/ });
/** The short names in the table's rows, in order. */
const names = (page: Page) => projectsTable(page).locator('tbody th .name').allTextContents();
const shot = (page: Page, name: string) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  return page.screenshot({ path: `test-results/screenshots/${name}.png` });
};

async function openProjects(page: Page, search = '') {
  await page.goto(`./${search}`);
  await page.locator('#map').getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('group', { name: 'Table of' }).getByRole('button', { name: 'Projects' }).click();
  await expect(projectsTable(page)).toBeVisible({ timeout: 15_000 });
}

test('Table → Projects lists every project with its years in words, related projects apart, and stays in the address', async ({ page }) => {
  const errors = await trackErrors(page);
  await openProjects(page);
  await expect(page).toHaveURL(/[?&]view=table&tab=projects/);
  await expect(page.getByRole('group', { name: 'Table of' }).getByRole('button', { name: 'Projects' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`${programme.length} of ${programme.length} projects and actions`, { exact: true })).toBeVisible();
  expect((await names(page)).sort()).toEqual(programme.map((p) => p.name).sort());
  // Dates of news items only: the years say so, not a period.
  await expect(projectsTable(page).getByRole('row', { name: /^OBSERVE-CV/ })).toContainText('documented in 2022; start and end not given');
  // Approximate stated years are said in words.
  await expect(projectsTable(page).getByRole('row', { name: /^PROSPECT/ })).toContainText('(years inferred)');
  const relatedTable = page.getByRole('table', { name: 'Related ICMPD projects' });
  expect((await relatedTable.locator('tbody th .name').allTextContents()).sort()).toEqual(related.map((p) => p.name).sort());

  // The address reopens the tab; Back returns to the countries.
  await page.reload();
  await expect(projectsTable(page)).toBeVisible({ timeout: 15_000 });
  await page.goBack();
  await expect(countriesTable(page)).toBeVisible();
  expect(errors).toEqual({ console: [], csp: [] });
});

test('sorting by years: the header button sets aria-sort, undated projects come last both ways', async ({ page }) => {
  await openProjects(page);
  const years = projectsTable(page).getByRole('columnheader', { name: /Years/ });
  await expect(years).toHaveAttribute('aria-sort', 'none');
  await years.getByRole('button').click();
  await expect(years).toHaveAttribute('aria-sort', 'ascending');
  const cells = () => projectsTable(page).locator('tbody td.years').allTextContents();
  const firstYear = (text: string) => Number(/\d{4}/.exec(text)?.[0] ?? NaN);
  let texts = await cells();
  const dated = texts.filter((t) => !Number.isNaN(firstYear(t)));
  expect(texts.slice(dated.length).every((t) => t.includes('years not documented'))).toBe(true);
  expect(dated.map(firstYear)).toEqual(dated.map(firstYear).toSorted((a, b) => a - b));
  // Keyboard: Enter on the focused header button turns the order round.
  await years.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(years).toHaveAttribute('aria-sort', 'descending');
  texts = await cells();
  expect(texts.at(-1)).toContain('years not documented');
  expect(firstYear(texts[0]!)).toBe(Math.max(...dated.map((t) => Math.max(...(t.match(/\d{4}/g) ?? []).map(Number)))));
});

test('the region filter keeps only that region’s projects, as on the map', async ({ page }) => {
  await openProjects(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  const expected = programme.filter((p) => p.countries.some((c) => westAfrica.has(c))).map((p) => p.name);
  await expect(page.getByText(`${expected.length} of ${programme.length} projects and actions`, { exact: true })).toBeVisible();
  expect((await names(page)).sort()).toEqual(expected.sort());
  // The map's own summary counts the same projects.
  await expect(page.locator('#map').getByText(`Showing ${expected.length} of`)).toBeVisible();
  await expectNoAxeViolations(page, '#map');
});

test('the countries table has no inner scroll area: the page scrolls, the header row stays in sight', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?view=table&region=west-africa');
  const table = countriesTable(page);
  await expect(table.locator('tbody tr')).toHaveCount(westAfrica.size, { timeout: 15_000 });
  // No element between the table and the page scrolls (a 630 px box cut the 16 rows).
  const boxes = await table.evaluate((el) => {
    const found: string[] = [];
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (/(auto|scroll)/.test(style.overflowY) && a.scrollHeight > a.clientHeight) found.push(`${a.tagName}.${a.className}`);
    }
    return found;
  });
  expect(boxes).toEqual([]);
  const last = table.locator('tbody tr').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  // Sticky header: scrolled to the last row, the column headings are still on screen.
  await expect(table.getByRole('columnheader', { name: /Country/ })).toBeInViewport();
  // The team's offices under the countries.
  const offices = page.getByRole('table', { name: 'ICMPD offices where the programme’s team works' });
  await expect(offices.locator('tbody tr')).toHaveCount(4);
  await expect(offices).toContainText('Praia');
  await expectNoAxeViolations(page, '#map');
  await shot(page, 'countries-table-1366x768');
});

test('on a 390×844 phone each project reads as a card, sortable, with no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openProjects(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const ocwar = projectsTable(page).getByRole('row', { name: /^OCWAR-T/ });
  // Each value is labelled on screen, and a card fits the screen's width.
  await expect(ocwar).toContainText('Years: documented in 2022; start and end not given');
  expect((await ocwar.boundingBox())!.width).toBeLessThanOrEqual(390);
  const years = projectsTable(page).getByRole('columnheader', { name: /Years/ });
  const button = years.getByRole('button');
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  await button.click();
  await expect(years).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page, '#map');
  await projectsTable(page).scrollIntoViewIfNeeded();
  await shot(page, 'projects-table-390x844');
});

for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
  test(`screenshot of the projects table at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openProjects(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await projectsTable(page).scrollIntoViewIfNeeded();
    await shot(page, `projects-table-${width}x${height}`);
  });
}

test('in French: the tabs, the columns, the count and the years', async ({ page }) => {
  await page.goto('./?lang=fr&view=table&tab=projects');
  const table = page.getByRole('table', { name: 'Projets et actions (selon les filtres)' });
  await expect(table).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('group', { name: 'Tableau des' }).getByRole('button', { name: 'Projets' })).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByRole('columnheader', { name: /Années/ })).toBeVisible();
  await expect(page.getByText(`${programme.length} sur ${programme.length}\u00a0projets et actions`, { exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: /^OBSERVE-CV/ })).toContainText('documenté en 2022\u202f; début et fin non indiqués');
  await expectNoAxeViolations(page, '#map');
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'projects-table-fr');
});

test('printed, the projects table keeps its column names and every row', async ({ page }) => {
  await openProjects(page);
  await page.emulateMedia({ media: 'print' });
  const table = projectsTable(page);
  for (const name of ['Name', 'Kind', 'Countries', 'Funded by', 'Years']) await expect(table.getByRole('columnheader', { name })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(programme.length);
  // Printed as a table, not as the phone's cards.
  expect(await table.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
  await page.pdf({ path: 'test-results/screenshots/projects-table-print.pdf', format: 'A4' });
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'projects-table-print');
});

test('the projects CSV keeps stated years, their certainty and the documented dates apart; the offices have a CSV', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  await openProjects(page, '?region=west-africa');
  const download = async (item: string) => {
    const menu = page.locator('#map');
    if ((await menu.locator('details.export-menu').getAttribute('open')) === null) await menu.locator('summary', { hasText: 'Download' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: item, exact: true }).click()]);
    mkdirSync('test-results/exports', { recursive: true });
    const path = `test-results/exports/table-${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { name: file.suggestedFilename(), lines: readFileSync(path, 'utf8').slice(1).split('\r\n').filter(Boolean) };
  };
  const projects = await download('Projects shown (CSV)');
  expect(projects.lines[0]).toBe('ID,Short name,Title,Kind,Countries,Start year (stated),End year (stated),Period certainty,Documented dates,Themes,Donors');
  // OBSERVE-CV: one news item of 2022, no period stated (its title has no comma, so a plain split reads the row).
  const observe = projects.lines.find((l) => l.startsWith('observe-cv,'))!.split(',');
  expect(observe.slice(5, 9)).toEqual(['', '', 'start and end not given', '2022-03-18']);
  // The CSV has the rows the table shows.
  const shown = Number(/^(\d+) of/.exec((await page.locator('#map p.count').textContent()) ?? '')?.[1]);
  expect(projects.lines).toHaveLength(shown + 1);

  const offices = await download('The team’s offices (CSV)');
  expect(offices.name).toBe('atp-offices-world-2026-11-24.csv');
  expect(offices.lines).toEqual(['City,Country,ISO code,As of', 'Vienna,Austria,AT,2022', 'Skopje,North Macedonia,MK,2022', 'Abuja,Nigeria,NG,2022', 'Praia,Cabo Verde,CV,2022']);
});

for (const width of [390, 1440]) {
  test(`a 300-character word in a project's name and donor never widens the page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const long = 'W'.repeat(300);
    await corruptDataset(page, 'projects.json', (records) => {
      const ocwar = records.find((r) => r['id'] === 'ocwar-t')!;
      ocwar['name'] = long;
      ocwar['donors'] = [long];
    });
    await openProjects(page);
    await expect(projectsTable(page).getByText(long).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}
