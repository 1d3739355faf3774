// Shared e2e helpers: collect console errors and CSP violations, run axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface PageErrors {
  console: string[];
  csp: string[];
}

/** Starts recording before navigation: console errors, uncaught errors and CSP violations. */
export async function trackErrors(page: Page): Promise<PageErrors> {
  const errors: PageErrors = { console: [], csp: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.console.push(msg.text());
  });
  page.on('pageerror', (err) => errors.console.push(err.message));
  await page.exposeFunction('__reportCsp', (text: string) => errors.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return errors;
}

export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Replaces one data file's JSON through request interception. */
export async function corruptDataset(page: Page, file: string, mutate: (records: Record<string, unknown>[]) => void) {
  await page.route(`**/data/${file}`, async (route) => {
    try {
      const response = await route.fetch();
      const records = (await response.json()) as Record<string, unknown>[];
      mutate(records);
      await route.fulfill({ response, body: JSON.stringify(records) });
    } catch (error) {
      // A file the page asks for late (the figures' own, with their code) may still be on its way when the test ends
      // and closes the page: its answer is then disposed, which is no failure of the next test.
      if (!page.isClosed()) throw error;
    }
  });
}

/**
 * Scrolls to each view below the map, as a visitor does: the timeline and the figures are drawn when they come near the
 * screen (LazySection). Waits until each is drawn, or shows why it could not be (its placeholder's button is gone).
 */
export async function reachViews(page: Page, ...ids: ('timeline' | 'figures')[]) {
  for (const id of ids.length > 0 ? ids : (['timeline', 'figures'] as const)) {
    // Scrolled to again at each try: the placeholder's section is replaced by the view's own when it is drawn, and an
    // address that asks for the view draws it while the scroll is under way.
    await expect
      .poll(() => page.evaluate((id) => (document.getElementById(id)?.scrollIntoView({ block: 'center' }), document.querySelector(`#${id} .show-now`) === null), id), { timeout: 15_000 })
      .toBe(true);
  }
}

/** Opens the map's "Filters" disclosure (closed at first, issue 19) and waits for its form, which loads then. */
export async function openFilters(page: Page) {
  const details = page.locator('#map details.disclosure');
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
  await page.locator('#map form.filters').waitFor();
}
