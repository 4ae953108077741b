import { expect, test, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { adminUsername, signIn } from './session';

const screenshots = resolve(import.meta.dirname, '..', 'target', 'screenshots');
const screenshot = (page: Page, name: string) => page.screenshot({ path: resolve(screenshots, `identity-${name}.png`), animations: 'disabled' });

// Unique per run, within the name patterns of projects (^[a-z][a-z0-9-]{1,31}$) and users.
const stamp = Date.now().toString(36);
const projectKey = `e2e-${stamp}`;
const applicationName = `web-${stamp}`;
const username = `e2e.user.${stamp}`;
const tokenName = `e2e-token-${stamp}`;

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Aviary' });
const openArea = (page: Page, name: string) => navigation(page).getByRole('menuitem', { name }).click();
const row = (table: Locator, text: string | RegExp) => table.locator('tbody tr[data-row-key]', { hasText: text });
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text naming both, in either order: e.g. a member's target names the project and the user. */
const naming = (a: string, b: string) => new RegExp(`${literal(a)}.*${literal(b)}|${literal(b)}.*${literal(a)}`);

/** Picks an option of the antd select that has the focus-giving `field` (its label's control). */
async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Filters the audit trail by the admin's `action` until an event matching `target` shows up (other services relay theirs). */
async function expectAuditEvent(page: Page, action: string, target: string | RegExp) {
  await page.getByTestId('audit-filter-actor').fill(adminUsername);
  await page.getByTestId('audit-filter-action').fill(action);
  const event = row(page.getByTestId('audit-table'), target).filter({ has: page.getByTestId('audit-action').getByText(action, { exact: true }) });
  await expect(async () => {
    await page.getByTestId('audit-filter-apply').click();
    await expect(event.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(event.first().getByTestId('audit-result')).toContainText('success');
}

test('an admin signs in, manages a project, its people and a token, and the audit trail records it all', async ({ page, request }) => {
  test.setTimeout(240_000);

  await test.step('sign in through the identity provider', async () => {
    await page.goto('/');
    await expect(page.getByTestId('sign-in-page')).toBeVisible();
    await screenshot(page, 'sign-in');
    await signIn(page);
    await expect(navigation(page).getByRole('menuitem', { name: 'Users' })).toBeVisible();
  });

  await test.step('create a project', async () => {
    await openArea(page, 'Projects');
    await page.getByTestId('new-project').click();
    const form = page.getByTestId('project-form');
    await form.getByLabel('Key', { exact: true }).fill(projectKey);
    await form.getByLabel('Name', { exact: true }).fill(`End-to-end ${stamp}`);
    await form.getByLabel('Description').fill('Created by the identity end-to-end test');
    await page.getByTestId('project-form-submit').click();

    await expect(page).toHaveURL(`/projects/${projectKey}`);
    await expect(page.getByTestId('project-key')).toHaveText(projectKey);
  });

  await test.step('create an application in it', async () => {
    await page.getByTestId('new-application').click();
    const form = page.getByTestId('application-form');
    await form.getByLabel('Name', { exact: true }).fill(applicationName);
    await choose(page, form.getByLabel('Type'), 'Container');
    await form.getByLabel('Language').fill('java');
    await page.getByTestId('application-form-submit').click();

    await expect(form).toBeHidden();
    await expect(row(page.getByTestId('applications-table'), applicationName)).toContainText('container');
    await screenshot(page, 'project');
  });

  await test.step('create a user', async () => {
    await openArea(page, 'Users');
    await page.getByTestId('new-user').click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Display name').fill(`E2E User ${stamp}`);
    await form.getByLabel('Email').fill(`${username}@example.test`);
    await form.getByLabel('Password').fill(`correct-horse-${stamp}`);
    await page.getByTestId('user-form-submit').click();

    await expect(form).toBeHidden();
    await page.getByPlaceholder('Search users').fill(username);
    await page.getByPlaceholder('Search users').press('Enter');
    await expect(row(page.getByTestId('users-table'), username)).toBeVisible();
  });

  await test.step('add the user to the project as a maintainer with production access', async () => {
    await page.goto(`/projects/${projectKey}`);
    await page.getByRole('tab', { name: 'Members' }).click();
    const form = page.getByTestId('add-member');
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Username').press('Escape');
    await choose(page, form.getByLabel('Role'), 'maintainer');
    await page.getByTestId('member-production').click();
    await page.getByTestId('add-member-submit').click();

    const member = row(page.getByTestId('members-table'), username);
    await expect(member.getByTestId('member-role-tag')).toHaveText('maintainer');
    await expect(member).toContainText('production');
    await screenshot(page, 'members');
  });

  let tokenId = '';
  let secret = '';
  await test.step('create an API token for the project, see its secret once, and use it', async () => {
    await openArea(page, 'API tokens');
    await page.getByTestId('new-token').click();
    const form = page.getByTestId('token-form');
    await form.getByLabel('Name').fill(tokenName);
    await form.getByLabel('Expires in (days)').fill('7');
    await form.getByLabel('Projects').fill(projectKey);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: projectKey }).click();
    await form.getByLabel('Projects').press('Escape');
    await page.getByTestId('token-form-submit').click();

    secret = (await page.getByTestId('new-token-value').textContent())?.trim() ?? '';
    expect(secret, 'the new token is shown once').not.toBe('');
    await expect(page.getByText('you will not see it again')).toBeVisible();
    await screenshot(page, 'token-created');
    await page.getByTestId('new-token-done').click();

    const token = row(page.getByTestId('tokens-table'), tokenName);
    await expect(token.getByTestId('token-status')).toHaveText('Active');
    await expect(page.getByTestId('tokens-table')).not.toContainText(secret);
    tokenId = (await token.getAttribute('data-row-key')) ?? '';
    expect(tokenId, 'the token row is keyed by its id').not.toBe('');

    const withToken = await request.get(`/api/v1/projects/${projectKey}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(withToken.status(), 'the token reads its project').toBe(200);
  });

  await test.step('revoke the token', async () => {
    await page.getByTestId(`revoke-token-${tokenName}`).click();
    await page.getByTestId(`confirm-revoke-token-${tokenName}`).click();

    const token = row(page.getByTestId('tokens-table'), tokenName);
    await expect(token.getByTestId('token-status')).toHaveText('Revoked');
    await expect(page.getByTestId(`revoke-token-${tokenName}`)).toHaveCount(0);
    await screenshot(page, 'tokens');

    // Services cache token introspection for at most 15 s.
    const statusWithToken = async () => (await request.get(`/api/v1/projects/${projectKey}`, { headers: { Authorization: `Bearer ${secret}` } })).status();
    await expect.poll(statusWithToken, { message: 'a revoked token is refused', timeout: 30_000, intervals: [1_000] }).toBe(401);
  });

  await test.step('the audit trail shows every change and its chain is intact', async () => {
    await openArea(page, 'Audit trail');
    await expect(page.getByTestId('audit-chain-status')).toContainText('Chain intact');

    await expectAuditEvent(page, 'project.create', `project/${projectKey}`);
    await expectAuditEvent(page, 'application.create', naming(projectKey, applicationName));
    await expectAuditEvent(page, 'member.put', naming(projectKey, username));
    const tokenTarget = new RegExp(`${literal(tokenId)}|${literal(tokenName)}`);
    await expectAuditEvent(page, 'token.create', tokenTarget);
    await expectAuditEvent(page, 'token.revoke', tokenTarget);

    await row(page.getByTestId('audit-table'), tokenTarget).first().locator('.ant-table-row-expand-icon').click();
    await expect(page.getByTestId('audit-before').first()).toBeVisible();
    await expect(page.getByTestId('audit-chain-status')).toContainText('Chain intact');
    await screenshot(page, 'audit-trail');
  });

  await test.step('sign out', async () => {
    await page.getByTestId('sign-out').click();
    await expect(page.getByTestId('sign-in-page')).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'signed-out');
  });
});
