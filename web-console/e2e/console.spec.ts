import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';

const screenshots = resolve(import.meta.dirname, '..', 'target', 'screenshots');

const areas = [
  { name: 'Overview', path: '/', screenshot: 'overview' },
  { name: 'Applications', path: '/applications', screenshot: 'applications' },
  { name: 'Pipelines', path: '/pipelines', screenshot: 'pipelines' },
  { name: 'Artifacts', path: '/artifacts', screenshot: 'artifacts' },
  { name: 'Environments', path: '/environments', screenshot: 'environments' },
  { name: 'Hosts', path: '/hosts', screenshot: 'hosts' },
  { name: 'Clusters', path: '/clusters', screenshot: 'clusters' },
  { name: 'Releases', path: '/releases', screenshot: 'releases' },
  { name: 'Traffic & Lanes', path: '/traffic', screenshot: 'traffic' },
  { name: 'Audit', path: '/audit', screenshot: 'audit' },
  { name: 'Administration', path: '/admin', screenshot: 'admin' },
];

interface SystemHealth {
  status: string;
  services: { name: string; status: string }[];
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Aviary' });

test('the overview shows the Aviary navigation and live platform health', async ({ page, request }) => {
  await page.goto('/');

  await expect(navigation(page).getByText('Aviary', { exact: true })).toBeVisible();
  await expect(navigation(page).getByRole('menuitem')).toHaveText(areas.map((area) => area.name));
  await expect(page.getByTestId('page-title')).toHaveText('Overview');

  const response = await request.get('/api/v1/system/health');
  expect(response.ok(), `GET /api/v1/system/health answered ${response.status()}`).toBeTruthy();
  const health = (await response.json()) as SystemHealth;
  expect(health.services.length).toBeGreaterThan(0);
  expect(health.services.filter((service) => service.status !== 'UP'), 'services not UP').toEqual([]);
  expect(health.status).toBe('UP');

  const table = page.getByTestId('health-table');
  await expect(table.locator('tbody tr[data-row-key]')).toHaveCount(health.services.length);
  for (const service of health.services) {
    const row = table.locator(`tr[data-row-key="${service.name}"]`);
    await expect(row).toContainText(service.name);
    await expect(row.getByTestId('service-status')).toHaveText('UP');
  }
  await expect(page.getByTestId('overall-status')).toHaveText('UP');
  await page.screenshot({ path: resolve(screenshots, 'overview.png'), animations: 'disabled' });
});

test('every area opens from the menu and says it is not built yet', async ({ page }) => {
  await page.goto('/');

  for (const area of areas.slice(1)) {
    await navigation(page).getByRole('menuitem', { name: area.name }).click();

    await expect(page).toHaveURL(area.path);
    await expect(page.getByTestId('page-title')).toHaveText(area.name);
    await expect(navigation(page).getByRole('menuitem', { name: area.name })).toHaveClass(/ant-menu-item-selected/);
    await expect(page.getByTestId('not-built')).toBeVisible();
    await expect(page.getByTestId('not-built')).toContainText('not built yet');
    await page.screenshot({ path: resolve(screenshots, `${area.screenshot}.png`), animations: 'disabled' });
  }
});

test('a deep link still renders after a reload', async ({ page }) => {
  await page.goto('/pipelines');
  await page.reload();

  await expect(page.getByTestId('page-title')).toHaveText('Pipelines');
  await expect(page.getByTestId('not-built')).toContainText('Pipelines are not built yet');
  await expect(navigation(page).getByRole('menuitem', { name: 'Pipelines' })).toHaveClass(/ant-menu-item-selected/);
});
