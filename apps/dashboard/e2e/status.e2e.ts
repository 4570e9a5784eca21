import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the status page shows the API and database as ready, with no serious accessibility issues', async ({
  page,
}) => {
  await page.goto('/status');
  await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible();
  await expect(page.getByText(/Database is ready \(embedded database, migrations applied\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a client-side route survives a reload (the server falls back to index.html)', async ({ page }) => {
  const res = await page.goto('/some/deep/link');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
});
