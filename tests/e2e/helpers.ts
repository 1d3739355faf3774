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
    const response = await route.fetch();
    const records = (await response.json()) as Record<string, unknown>[];
    mutate(records);
    await route.fulfill({ response, body: JSON.stringify(records) });
  });
}
