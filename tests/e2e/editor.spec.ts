// The editor (edit.html) end to end: a person who has never seen JSON adds a project in West Africa through the form,
// sees it on the map and in the figures, and downloads a file the validator passes; a quote not in its source and a
// spreadsheet with one bad row are refused by name; the page works offline after one visit; axe finds nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { checkDatasets } from '../../src/lib/schema/check-datasets';
import { expectNoAxeViolations, trackErrors } from './helpers';

const QUOTE = 'OCWAR-T: Organised crime: West African Response to trafficking';
const DOCUMENT = JSON.parse(readFileSync('data/sources.json', 'utf8')).find((d: { file: string }) => d.file === '000_d6919e11b1efdab0.txt').title as string;
const projects = JSON.parse(readFileSync('data/projects.json', 'utf8')) as { id: string; countries: string[]; scope?: string }[];

async function openEditor(page: Page) {
  await page.goto('./edit.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the data' })).toBeVisible();
  await expect(page.locator('#map svg path.country').first()).toBeAttached({ timeout: 20_000 });
}

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Fills the form of a new project: two West African countries, years, a theme, a summary and a source. */
async function addProject(page: Page, quote = QUOTE) {
  await page.getByRole('button', { name: 'Add a new project' }).click();
  // The form, not the preview's own filters beside it.
  const form = page.getByRole('region', { name: 'Projects' });
  await form.getByLabel('Id', { exact: true }).fill('coastal-test');
  await form.getByLabel('Short name', { exact: true }).fill('COASTAL');
  await form.getByLabel('Full title', { exact: true }).fill('Coastal cooperation against trafficking');
  const country = form.getByLabel('Add a country to countries where the work is done');
  for (const name of ['Ghana', 'Togo']) {
    await country.fill(name);
    await country.press('Enter');
  }
  await form.getByLabel('First year').fill('2019');
  await form.getByLabel('How sure are the years?').selectOption('stated');
  await form.getByRole('checkbox', { name: 'partnership' }).check();
  await form.getByLabel('Summary', { exact: true }).fill('A test project on the coast of West Africa.');
  await form.getByRole('button', { name: 'Add a source' }).click();
  await form.getByLabel('Document', { exact: true }).selectOption({ label: DOCUMENT });
  await form.getByLabel('Quote: words copied exactly from the document').fill(quote);
}

test('a project added through the form shows in the preview and downloads as a file the validator passes', async ({ page }) => {
  const errors = await trackErrors(page);
  await openEditor(page);
  const programme = projects.filter((p) => (p.scope ?? 'atp') === 'atp').length;
  const status = page.getByRole('status').filter({ hasText: /Showing \d+ of/ });
  await expect(status).toContainText(`Showing ${programme} of ${programme} projects`);
  const ghana = page.locator('#map-country-GH');
  const before = await ghana.getAttribute('fill');
  await expect(page.locator('#figures')).toContainText(`${programme} projects and actions`);

  await addProject(page);
  await expect(page.getByRole('status').filter({ hasText: 'This project passes every check.' })).toBeVisible();
  // The preview follows: one project more on the map and in the figures, Ghana in the next colour.
  await expect(status).toContainText(`Showing ${programme + 1} of ${programme + 1} projects`);
  await expect(page.locator('#figures')).toContainText(`${programme + 1} projects and actions`);
  expect(await ghana.getAttribute('fill')).not.toBe(before);

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Check and download the changed files' }).click();
  await expect(page.getByText('Downloaded projects.json and changes.txt.')).toBeVisible();
  await expect.poll(() => downloads.length).toBe(2);
  const saved = await text(downloads.find((d) => d.suggestedFilename() === 'projects.json')!);
  const record = (JSON.parse(saved) as { id: string; countries: string[] }[]).find((r) => r.id === 'coastal-test');
  expect(record?.countries).toEqual(['GH', 'TG']);
  expect(await text(downloads.find((d) => d.suggestedFilename() === 'changes.txt')!)).toContain('added project coastal-test');
  // The file as the repository keeps it: the old records untouched, byte for byte.
  const original = readFileSync('data/projects.json', 'utf8');
  expect(saved.slice(0, original.lastIndexOf('}\n]'))).toBe(original.slice(0, original.lastIndexOf('}\n]')));
  // The validator's own checks on the saved file with the other files and the source texts.
  const files = ['sources.json', 'milestones.json', 'regions.json', 'statistics.json', 'offices.json'];
  const json: Record<string, unknown> = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(`data/${f}`, 'utf8'))]));
  json['projects.json'] = JSON.parse(saved);
  const seed = (name: string) => readFileSync(`data/seeds/${name}`, 'utf8');
  expect(checkDatasets(json, seed).problems).toEqual([]);
  expect(errors.csp).toEqual([]);
  expect(errors.console).toEqual([]);
});

test('a quote that is not in its source is refused, naming the field', async ({ page }) => {
  await openEditor(page);
  await addProject(page, 'Words the document never says');
  const message = 'projects.json → "coastal-test" → sources.0.quote: expected words copied exactly from 000_d6919e11b1efdab0.txt, found "Words the document never says"';
  await expect(page.getByText(message, { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel('Quote: words copied exactly from the document')).toHaveAccessibleDescription(`✗ ${message}`);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Check and download the changed files' }).click();
  await expect(page.getByText(/^Not saved: 1 problem must be fixed first\.$/)).toBeVisible();
  await expect(page.locator('.save .problems')).toContainText(message);
  expect(downloads).toEqual([]);
});

test('a spreadsheet with one bad row is refused, naming the row and column, and changes nothing', async ({ page }, info) => {
  await openEditor(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download projects.csv' }).click()]);
  const rows = (await text(download)).split('\r\n');
  // Row 4 of the sheet (the header is row 1): its first country made unknown.
  rows[3] = rows[3]!.replace(/,([A-Z]{2})( \| |,)/, ',ZZ$2');
  const sheet = info.outputPath('projects.csv');
  writeFileSync(sheet, rows.join('\r\n'));
  await page.getByLabel('Read a spreadsheet (CSV) into projects').setInputFiles(sheet);
  await expect(page.getByText(/^Not read: 1 problem in the sheet\. Nothing was changed\.$/)).toBeVisible();
  await expect(page.locator('.csv .problems')).toContainText(/^row 4, column countries: projects\.json → "[a-z0-9-]+" \(record 3\) → countries\.0: expected an existing two-letter upper-case ISO country code/);
  await expect(page.getByRole('button', { name: /Projects \(\d+ problem/ })).toHaveCount(0);

  // The sheet as downloaded reads back with nothing to save.
  writeFileSync(sheet, await text(download));
  await page.getByLabel('Read a spreadsheet (CSV) into projects').setInputFiles(sheet);
  await expect(page.getByText(/projects\.csv: \d+ project records read/)).toBeVisible();
  await page.getByRole('button', { name: 'Check and download the changed files' }).click();
  await expect(page.getByText('Nothing has changed since the files were opened.')).toBeVisible();
});

test('the editor works offline after one visit', async ({ page, context }) => {
  await openEditor(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  // The editor's files are kept once the page has asked (a public visit never downloads them).
  const kept = (path: string) =>
    page.evaluate(async (p) => {
      const shells = (await caches.keys()).filter((k) => k.startsWith('atp-shell-'));
      const found = await Promise.all(shells.map(async (k) => (await caches.open(k)).match(new URL(p, location.href).href, { ignoreVary: true })));
      return found.some(Boolean);
    }, path);
  await expect.poll(() => kept('edit.html'), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => kept('editor/data/projects.json')).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await openEditor(page);
  await expect(page.getByLabel('Project to edit')).toContainText('OCWAR-T');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test("a public visit keeps none of the editor's files offline", async ({ page }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const kept = await page.evaluate(async () => {
    const shells = (await caches.keys()).filter((k) => k.startsWith('atp-shell-'));
    const urls = await Promise.all(shells.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)));
    return urls.flat();
  });
  expect(kept).toContain('/index.html');
  expect(kept.filter((path) => path === '/edit.html' || path.startsWith('/editor/'))).toEqual([]);
});

test('axe finds no violations in the editor', async ({ page }) => {
  await openEditor(page);
  await expectNoAxeViolations(page);
});
