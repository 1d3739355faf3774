// The keyboard help: "?" and the header's button open it in the interface language; Esc closes it and focus returns.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, trackErrors } from './helpers';

test('"?" opens the keys, Esc closes them and focus goes back where it was', async ({ page }) => {
  const errors = await trackErrors(page);
  await page.goto('./');
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard keys' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Presentation' })).toBeVisible();
  await expect(dialog).toContainText('Open the country’s projects');
  await expectNoAxeViolations(page, '.keys-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  expect(errors).toEqual({ console: [], csp: [] });
});

test('the header button opens the keys in French', async ({ page }) => {
  await page.goto('./?lang=fr');
  const button = page.getByRole('button', { name: 'Touches du clavier' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Touches du clavier' });
  await expect(dialog).toContainText('Quitter le plein écran, puis la présentation');
  await expect(dialog).toContainText('Échap');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
