// The team's offices: on the map (named symbols), in its legend, and in the figures, from data/offices.json.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, reachViews } from './helpers';

const offices = JSON.parse(readFileSync('data/offices.json', 'utf8')) as { id: string; city: string }[];

test('the offices are drawn on the map, named, in the legend and in the figures', async ({ page }) => {
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Offices of the programme’s team' });
  await expect(list.getByRole('listitem')).toHaveCount(offices.length, { timeout: 15_000 });
  for (const o of offices) await expect(page.locator(`[data-office="${o.id}"]`)).toHaveAttribute('aria-label', new RegExp(`ICMPD office in ${o.city}`));
  await expect(page.locator('#map figure.legend')).toContainText('ICMPD office of the programme’s team (2022)');
  await reachViews(page, 'figures');
  await expect(page.locator('#figures .team')).toHaveText(`In 2022, the programme’s team: 11 members in ${offices.length} ICMPD offices (${offices.map((o) => o.city).join(', ')}).`);
  await expectNoAxeViolations(page, '#map');
});
