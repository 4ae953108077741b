import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { signIn } from './session';

const screenshots = resolve(import.meta.dirname, '..', 'target', 'screenshots');

/** The admin's navigation; `view` is the test id of a built area's main view, absent for areas not built yet. */
const areas: { name: string; path: string; screenshot: string; view?: string }[] = [
  { name: 'Overview', path: '/', screenshot: 'overview', view: 'health-table' },
  { name: 'Projects', path: '/projects', screenshot: 'projects', view: 'projects-table' },
  { name: 'Pipelines', path: '/pipelines', screenshot: 'pipelines' },
  { name: 'Artifacts', path: '/artifacts', screenshot: 'artifacts' },
  { name: 'Environments', path: '/environments', screenshot: 'environments' },
  { name: 'Hosts', path: '/hosts', screenshot: 'hosts' },
  { name: 'Clusters', path: '/clusters', screenshot: 'clusters' },
  { name: 'Releases', path: '/releases', screenshot: 'releases' },
  { name: 'Traffic & Lanes', path: '/traffic', screenshot: 'traffic', view: 'lanes-table' },
  { name: 'Audit trail', path: '/audit', screenshot: 'audit', view: 'audit-table' },
  { name: 'Users', path: '/users', screenshot: 'users', view: 'users-table' },
  { name: 'Service accounts', path: '/service-accounts', screenshot: 'service-accounts', view: 'service-accounts-table' },
  { name: 'API tokens', path: '/tokens', screenshot: 'tokens', view: 'tokens-table' },
];

interface SystemHealth {
  status: string;
  services: { name: string; status: string }[];
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Aviary' });

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

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

test('every area opens from the menu: built ones show their view, the others say they are not built yet', async ({ page }) => {
  for (const area of areas.slice(1)) {
    await navigation(page).getByRole('menuitem', { name: area.name }).click();

    await expect(page).toHaveURL(area.path);
    await expect(page.getByTestId('page-title')).toHaveText(area.name);
    await expect(navigation(page).getByRole('menuitem', { name: area.name })).toHaveClass(/ant-menu-item-selected/);
    if (area.view) {
      await expect(page.getByTestId(area.view)).toBeVisible();
    } else {
      await expect(page.getByTestId('not-built')).toContainText('not built yet');
    }
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
