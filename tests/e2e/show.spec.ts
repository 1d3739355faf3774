// The show end to end: stepping, each milestone's map, the presenter window, blanking, Esc, the kiosk loop, offline,
// fit at projector sizes, axe, screenshots.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';

interface M { id: string; year: number; date?: string; countries?: string[] }
const milestones = (JSON.parse(readFileSync('data/milestones.json', 'utf8')) as M[])
  .map((m, i) => ({ m, i }))
  .sort((a, b) => a.m.year - b.m.year || (a.m.date ?? '').localeCompare(b.m.date ?? '') || a.i - b.i)
  .map(({ m }) => m);
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { id: string; countries: string[] }[];
const programme = [...new Set(regions.flatMap((r) => r.countries))].sort();
const SLIDES = milestones.length + 3;

const audience = (page: Page) => page.getByRole('dialog', { name: 'Presentation of the programme' });
const slideKey = (page: Page) => page.locator('.audience article[data-slide]').getAttribute('data-slide');

test('steps through the show; each milestone slide outlines exactly its countries', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?present=1');
  await expect(audience(page)).toBeVisible();
  await expect(page.locator('.audience [data-position]')).toHaveText(`1 / ${SLIDES}`);
  expect(await slideKey(page)).toBe('title');
  for (const [i, m] of milestones.entries()) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${m.id}`);
    const expected = (m.countries?.length ? [...m.countries].sort() : programme).join(' ');
    const map = page.locator('.audience svg.slide-map');
    await expect(map).toHaveAttribute('data-countries', expected);
    const drawn = await map.locator('.outlined [data-code]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-code')))].sort().join(' '));
    expect(drawn, m.id).toBe(expected);
  }
  await page.keyboard.press('Space');
  expect(await slideKey(page)).toBe('figures');
  await page.keyboard.press('ArrowDown');
  expect(await slideKey(page)).toBe('more');
  await expect(page.locator('.audience .address a')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await page.keyboard.press('ArrowUp');
  expect(await slideKey(page)).toBe('figures');
  await page.keyboard.press('Home');
  expect(await slideKey(page)).toBe('title');
  await page.keyboard.press('End');
  expect(await slideKey(page)).toBe('more');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  expect(await slideKey(page)).toBe(`milestone:${milestones.at(-1)!.id}`);
});

test('a region filter is stated on the title slide, with a choice to present everything', async ({ page }) => {
  await page.goto('./?region=west-africa&present=1');
  const scope = page.locator('.audience .scope');
  const count = milestones.filter((m) => m.countries?.some((c) => regions.find((r) => r.id === 'west-africa')!.countries.includes(c))).length;
  await expect(scope).toContainText(`West Africa (ECOWAS): ${count} milestone`);
  await expect(page.locator('.audience [data-position]')).toHaveText(`1 / ${count + 3}`);
  await scope.getByRole('button', { name: 'Present everything' }).click();
  await expect(page.locator('.audience [data-position]')).toHaveText(`1 / ${SLIDES}`);
});

test('B and . blank the screen and bring it back; Esc leaves full screen before the show', async ({ page }) => {
  await page.goto('./');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(audience(page)).toBeVisible();
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // a step brings the picture back
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  // The Present button asks for full screen; F leaves it and asks again.
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(audience(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(audience(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
});

test('the presenter window moves the audience window, and the other way round; closing it leaves the show running', async ({ page, context }) => {
  await page.goto('./?present=1');
  await expect(audience(page)).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto('./?present=1&presenter=1');
  const view = presenter.getByRole('dialog', { name: 'Presenter view' });
  await expect(view).toBeVisible();
  await expect(view.locator('[data-current]')).toHaveAttribute('data-current', 'title');
  await expect(view.locator('[data-next]')).toHaveAttribute('data-next', `milestone:${milestones[0]!.id}`);
  await presenter.keyboard.press('PageDown');
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${milestones[0]!.id}`);
  await page.keyboard.press('ArrowRight');
  await expect(view.locator('[data-current]')).toHaveAttribute('data-current', `milestone:${milestones[1]!.id}`);
  await expect(view.locator('[data-position]')).toHaveText(`Slide 3 of ${SLIDES}`);
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await presenter.close();
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${milestones[2]!.id}`);
});

test('the presenter view says when a slide has no French yet; the audience does not', async ({ page, context }) => {
  await page.goto('./?present=1&lang=fr');
  await expect(page.getByRole('dialog', { name: 'Présentation du programme' })).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto('./?present=1&presenter=1&lang=fr');
  await expect(presenter.getByRole('dialog', { name: 'Vue présentateur' })).toBeVisible();
  await presenter.keyboard.press('PageDown');
  const untranslated = await page.locator('.audience article h2').getAttribute('lang');
  await expect(presenter.locator('[data-untranslated-warning]')).toHaveCount(untranslated === 'en' ? 1 : 0);
  await expect(page.locator('[data-untranslated-warning]')).toHaveCount(0);
});

test('the kiosk loop plays, pauses on a key, and returns to the start after its idle time', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?present=1&loop=1');
  await expect(audience(page)).toBeVisible();
  expect(await slideKey(page)).toBe('title');
  await page.clock.runFor(8000);
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${milestones[0]!.id}`);
  await page.clock.runFor(8000);
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${milestones[1]!.id}`);
  await page.keyboard.press('ArrowRight'); // a visitor takes over
  await expect(page.locator('[data-looping="false"]')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${milestones[2]!.id}`);
  await page.clock.runFor(30_000);
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', 'title');
  await expect(page.locator('[data-looping="true"]')).toBeVisible();
});

test('the controls and key hint hide after 2 s without pointer movement and come back on move', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?present=1');
  const controls = page.locator('.audience .controls');
  await expect(controls).toHaveCSS('opacity', '1');
  await page.clock.runFor(2100);
  await expect(controls).toHaveCSS('opacity', '0');
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await expect(controls).toHaveCSS('opacity', '1');
});

test('the show runs offline after one visit', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The service worker controls the page from its next load.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto('./?present=1');
  await expect(audience(page)).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.audience svg.slide-map .outlined [data-code]').first()).toBeVisible();
  await context.setOffline(false);
});

for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 800, height: 600 }]) {
  test(`no slide's text is cut or outside the window at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto('./?present=1');
    await expect(audience(page)).toBeVisible();
    for (let i = 0; i < SLIDES; i++) {
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const slide = document.querySelector('.audience article')!;
        for (const el of [slide, ...slide.querySelectorAll('*:not(svg *)'), ...document.querySelectorAll('.audience .controls > *')]) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) out.push(`${el.tagName}.${el.className} outside the window`);
          if (el instanceof HTMLElement && el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow === 'hidden') out.push(`${el.tagName}.${el.className} cut`);
        }
        const box = slide.getBoundingClientRect();
        for (const el of slide.querySelectorAll('h2, p, li, dl div, .map')) {
          const r = el.getBoundingClientRect();
          if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) out.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" runs out of its slide`);
        }
        return `${slide.getAttribute('data-slide')}: ${out.join('; ')}`;
      });
      expect(problems).toMatch(/: $/);
      await page.keyboard.press('ArrowRight');
    }
  });
}

/**
 * The controls fade out after two quiet seconds, and a scan that outlasts that (a loaded machine) would measure a
 * half-faded control's contrast. Focus inside keeps them shown, as it does for a keyboard user.
 */
async function scanWithControlsShown(page: Page) {
  const controls = audience(page).locator('.controls');
  await controls.getByRole('button', { name: 'Presenter view' }).focus();
  await expect(controls).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(page, '.audience');
}

test('axe finds no violations in the audience and presenter views', async ({ page, context }) => {
  await page.goto('./?present=1');
  await expect(audience(page)).toBeVisible();
  await scanWithControlsShown(page);
  await page.keyboard.press('ArrowRight');
  await expect(audience(page).locator('[data-position]')).toHaveText(/^2 \//);
  await scanWithControlsShown(page);
  const presenter = await context.newPage();
  await presenter.goto('./?present=1&presenter=1');
  await expect(presenter.getByRole('dialog', { name: 'Presenter view' })).toBeVisible();
  await expectNoAxeViolations(presenter, '.presenter');
});

test('a milestone card\'s Present opens the show on that milestone; leaving gives focus back', async ({ page }) => {
  const m = milestones[3]!;
  await page.goto(`./?milestone=${m.id}`);
  const present = page.getByRole('button', { name: 'Present from here' });
  await present.click();
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${m.id}`);
  await expect(page.locator('.audience [data-position]')).toHaveText(`5 / ${SLIDES}`);
  await audience(page).getByRole('button', { name: 'Leave presentation' }).click();
  await expect(audience(page)).toHaveCount(0);
  await expect(present).toBeFocused();
});

test('?present=1&milestone= opens on that milestone', async ({ page }) => {
  const m = milestones[3]!;
  await page.goto(`./?present=1&milestone=${m.id}`);
  await expect(page.locator('.audience article')).toHaveAttribute('data-slide', `milestone:${m.id}`);
});

test('the handout prints one slide per page, a map on each milestone, the address on the last', async ({ page }) => {
  await page.goto('./?present=1');
  await expect(audience(page)).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('.handout .page');
  await expect(pages).toHaveCount(SLIDES);
  await expect(page.locator('.handout svg.slide-map')).toHaveCount(milestones.length);
  await expect(pages.last().locator('.address')).toContainText('http://127.0.0.1');
  await expect(audience(page)).toBeHidden();
  const pdf = await page.pdf({ landscape: true, preferCSSPageSize: true });
  const count = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
  expect(count).toBe(SLIDES);
});
