// No working words reach the public: a source is named by title, publisher and date, never as a "seed", a file name
// or "the brochure's …". Checked on every view with its details open, in English and in French.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { reachViews } from './helpers';

const WORKING_WORDS = /seed|\.txt|brochure['’]s/i;
const milestones = JSON.parse(readFileSync('data/milestones.json', 'utf8')) as { id: string; yearCertainty: string; publication?: unknown }[];
const documents = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { title: string }[];
// A milestone with a reconstructed year and a publication: its card shows a year note, a link and sources.
const approximate = milestones.find((m) => m.yearCertainty !== 'stated' && m.publication) ?? milestones[0]!;

/** Every text a reader can see: the page's rendered text with all disclosures (sources lists) opened. */
async function visibleText(page: Page): Promise<string> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.locator('body').innerText();
}

function offending(text: string): string[] {
  return text.split('\n').filter((line) => WORKING_WORDS.test(line));
}

for (const lang of ['en', 'fr'] as const) {
  test(`no visible text says "seed", ".txt" or "brochure's" (${lang})`, async ({ page }) => {
    const texts: string[] = [];
    // The panels of Nigeria and Cabo Verde, Ghana (a related project) and Italy (a study's subject), each page with
    // its timeline and figures; then a milestone card on its own (a chosen country narrows the timeline).
    for (const query of ['country=NG', 'country=CV', 'country=GH', 'country=IT', `milestone=${approximate.id}`]) {
      await page.goto(`./?lang=${lang}&${query}`);
      if (query.startsWith('country')) await expect(page.locator('#country-panel-heading')).toBeVisible({ timeout: 15_000 });
      await reachViews(page);
      if (query.startsWith('milestone')) await expect(page.locator('#timeline-card')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('#figures .stat').first()).toBeVisible({ timeout: 15_000 });
      texts.push(await visibleText(page));
    }
    const all = texts.join('\n');
    expect(offending(all)).toEqual([]);
    // The sources are named, so the check above is not passing on an empty page.
    expect(documents.some((d) => all.includes(d.title)) || lang === 'fr').toBe(true);
    await expect(page.locator('#timeline-card figcaption').first()).not.toBeEmpty();
  });
}
