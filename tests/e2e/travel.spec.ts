// Taking the programme elsewhere: the Share dialog, one view embedded in another site, downloads, print, offline.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackErrors } from './helpers';

const PORT = Number(process.env['PW_PORT'] ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VIEWS = ['map', 'timeline', 'figures'] as const;

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
}

for (const view of VIEWS) {
  test(`?embed=${view} shows that view alone, with a link to the full page`, async ({ page }) => {
    const errors = await trackErrors(page);
    await page.goto(`./?embed=${view}&theme=research`);
    await expect(page.locator(`#${view}`)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(`#${view} [aria-busy="true"]`)).toHaveCount(0, { timeout: 15_000 });
    for (const other of VIEWS.filter((v) => v !== view)) await expect(page.locator(`#${other}`)).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    const full = page.getByRole('link', { name: 'Open the full view' });
    await expect(full).toHaveAttribute('target', '_top');
    await expect(full).toHaveAttribute('href', `${ORIGIN}/?theme=research`);
    await expect(page.getByText(/^Sources: ICMPD news items/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual({ console: [], csp: [] });
  });
}

test('an unknown embed value is reported and the whole page shows', async ({ page }) => {
  await page.goto('./?embed=globe');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('embed=globe', { timeout: 15_000 });
  await expect(page.getByRole('banner')).toBeVisible();
  for (const view of VIEWS) await expect(page.locator(`#${view}`)).toBeVisible();
});

test('an embedded view tells its host page how tall it is', async ({ page }) => {
  // A host page on another origin would do the same; this one is served by the test itself.
  await page.route(`${ORIGIN}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><script>
        window.heights = [];
        addEventListener('message', (e) => { if (e.data && e.data.type === 'atp:height') { window.heights.push(e.data.height); document.querySelector('iframe').style.height = e.data.height + 'px'; } });
      </script><iframe src="./?embed=timeline" title="Timeline" style="width:100%;height:300px;border:0"></iframe>`,
    }),
  );
  await page.goto(`${ORIGIN}/host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(400);
  const height = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(Math.abs(height - inner)).toBeLessThanOrEqual(1);
});

test('Share: the copied link reopens exactly this view; Esc closes and focus returns', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('capacity-building');
  await page.locator('#map-country-NG').click();
  await expect(page).toHaveURL(/country=NG/);
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  await expect(link).toHaveValue(page.url());
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  // The embed code follows the chosen view and height.
  await dialog.getByRole('radio', { name: 'Timeline' }).check();
  await dialog.getByRole('spinbutton', { name: 'Height in pixels' }).fill('640');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe class="atp-embed" src="[^"]*country=NG[^"]*&amp;embed=timeline" title="[^"]+" width="100%" height="640"/);
  await expectNoAxeViolations(page, '.share-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  const again = await context.newPage();
  await again.goto(copied);
  await expect(again.locator('#country-panel-heading')).toHaveText('Nigeria', { timeout: 15_000 });
  await expect(again.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('capacity-building');
});

test('Share: where the clipboard is refused, the link is selected for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Press Ctrl+C to copy')).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  await expect(link).toBeFocused();
  const selected = await link.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe(page.url());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});

test('print: no controls, the milestones as a list', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible, select:visible, input:visible, textarea:visible')).toHaveCount(0);
  const list = page.locator('.print-milestones');
  await expect(list).toBeVisible();
  expect(await list.locator('li').count()).toBeGreaterThan(10);
  await expect(page.locator('#map svg').first()).toBeVisible();
  await expect(page.locator('#figures')).toBeVisible();
});

test('offline: after one visit the app, its datasets and its map work with no network', async ({ page, context }) => {
  await page.goto('./');
  await mapReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await mapReady(page);
  expect(await page.locator('#map svg path.country').count()).toBeGreaterThan(100);
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached();
  await expect(page.locator('#figures .stat').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
