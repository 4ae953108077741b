import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { signIn } from './session';

// Every step waits on a save or a dry run through the platform; on a busy CI machine that exceeds 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const screenshots = resolve(import.meta.dirname, '..', 'target', 'screenshots');
const screenshot = (page: Page, name: string) => page.screenshot({ path: resolve(screenshots, `traffic-${name}.png`), animations: 'disabled' });

// The lanes and the gateway are named by the scenario and may exist from an earlier run against the
// same database: lanes are created or edited, and the policy's versions are counted from where they are.
const gateway = 'shop-ingress';
const stamp = Date.now().toString(36);
const scratchLane = `e2e-${stamp}`;
const listName = `testers-${stamp}`;
const listedUser = `u-${stamp}`;

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Aviary' });
const openArea = (page: Page, name: string) => navigation(page).getByRole('menuitem', { name }).click();
const openTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const laneRow = (page: Page, name: string) => page.getByTestId('lanes-table').locator(`tr[data-row-key="${name}"]`);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks the option of an antd select whose text is exactly `option`. */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${literal(option)}$`) })
    .first()
    .click();
}

/** The policy version the gateway page shows (0 before the first one). */
async function policyVersion(page: Page): Promise<number> {
  await expect(page.getByTestId('policy-version')).toBeVisible();
  return Number(await page.getByTestId('policy-version').getAttribute('data-version'));
}

const expectVersion = (page: Page, version: number) => expect(page.getByTestId('policy-version')).toHaveAttribute('data-version', String(version));

/** Creates the lane, or edits it when an earlier run left it behind (PUT is idempotent). */
async function ensureLane(page: Page, name: string, description: string) {
  await expect(page.getByTestId('lane-revision')).toBeVisible();
  const form = page.getByTestId('lane-form');
  if ((await laneRow(page, name).count()) === 0) {
    await page.getByTestId('new-lane').click();
    await form.getByLabel('Name', { exact: true }).fill(name);
  } else {
    await page.getByTestId(`edit-lane-${name}`).click();
  }
  await form.getByLabel('Description').fill(description);
  await page.getByTestId('lane-form-submit').click();
  await expect(form).toBeHidden();
  await expect(laneRow(page, name)).toContainText(description);
}

/** Fills the dry-run form with one header and asks where the request goes. */
async function evaluateRequest(page: Page, header: string, value: string, cookie?: [string, string]) {
  await page.getByTestId('sample-headers-0-name').fill(header);
  await page.getByTestId('sample-headers-0-value').fill(value);
  if (cookie && (await page.getByTestId('sample-cookies-0-name').count()) === 0) await page.getByTestId('sample-add-cookies').click();
  if (cookie) {
    await page.getByTestId('sample-cookies-0-name').fill(cookie[0]);
    await page.getByTestId('sample-cookies-0-value').fill(cookie[1]);
  }
  await page.getByTestId('evaluate-submit').click();
  return page.getByTestId('evaluation');
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('an admin declares lanes, edits, tries, rolls back and stops the traffic policy of a gateway', async ({ page }) => {
  test.setTimeout(300_000);
  let start = 0;

  await test.step('declare the lanes gray and feature-x', async () => {
    await openArea(page, 'Traffic & Lanes');
    await expect(page.getByTestId('page-title')).toHaveText('Traffic & Lanes');
    await ensureLane(page, 'gray', `Gray release of the shop (e2e ${stamp})`);
    await ensureLane(page, 'feature-x', `Feature X (e2e ${stamp})`);
  });

  await test.step('create a strict, locked lane and delete it again', async () => {
    await page.getByTestId('new-lane').click();
    const form = page.getByTestId('lane-form');
    await form.getByLabel('Name', { exact: true }).fill(scratchLane);
    await page.getByTestId('lane-strict').click();
    await page.getByTestId('lane-locked-services').click();
    await page.keyboard.type('shop-api');
    await page.keyboard.press('Enter');
    await page.getByTestId('lane-form-submit').click();
    await expect(form).toBeHidden();
    await expect(laneRow(page, scratchLane)).toContainText('strict');
    await expect(laneRow(page, scratchLane)).toContainText('shop-api');
    await screenshot(page, 'lanes');

    await page.getByTestId(`delete-lane-${scratchLane}`).click();
    await page.getByTestId(`confirm-delete-lane-${scratchLane}`).click();
    await expect(laneRow(page, scratchLane)).toHaveCount(0);
  });

  await test.step('pin gray: the token is shown once with the headers to send', async () => {
    await page.getByTestId('pin-lane-gray').click();
    // A token is valid for an hour unless asked otherwise.
    await expect(page.getByTestId('pin-lane-form').getByRole('spinbutton')).toHaveValue('60');
    await page.getByTestId('pin-lane-form-submit').click();
    await expect(page.getByTestId('lane-token-value')).not.toBeEmpty();
    await expect(page.getByText('x-aviary-lane-token').first()).toBeVisible();
    await expect(page.getByTestId('lane-token-lane')).toHaveText('gray');
    await screenshot(page, 'lane-token');
    await page.getByTestId('lane-token-done').click();
  });

  await test.step('upload a traffic list of testers', async () => {
    await openTab(page, 'Traffic lists');
    await page.getByTestId('new-traffic-list').click();
    const form = page.getByTestId('traffic-list-form');
    await form.getByLabel('Name', { exact: true }).fill(listName);
    await form.getByLabel('Description').fill('Testers of the e2e run');
    await page.getByTestId('traffic-list-entries').fill(`${listedUser}\n\n  u-other-${stamp}  \n`);
    await page.getByTestId('traffic-list-form-submit').click();
    await expect(form).toBeHidden();

    // Earlier runs leave lists behind when they fail: open this one by its link rather than paging to it.
    await page.goto(`/traffic?tab=lists&list=${listName}`);
    await expect(page.getByTestId('traffic-list-drawer')).toContainText(listName);
    await expect(page.getByTestId('traffic-list-size')).toHaveText('2');
    await screenshot(page, 'traffic-list');
    await page.getByTestId('traffic-list-drawer').getByRole('button', { name: 'Close' }).click();
  });

  await test.step(`open the policy of ${gateway}`, async () => {
    await openTab(page, 'Gateways');
    await page.getByTestId('new-policy').click();
    await page.getByTestId('new-policy-form').getByLabel('Gateway').fill(gateway);
    await page.getByTestId('new-policy-form-submit').click();
    await expect(page.getByTestId('gateway-name')).toHaveText(gateway);
    start = await policyVersion(page);
  });

  await test.step('edit the rules in the form and save version +1', async () => {
    while ((await page.getByTestId('rule-0-remove').count()) > 0) await page.getByTestId('rule-0-remove').click();
    await page.getByTestId('add-rule').click();
    await page.getByTestId('rule-0-name').fill('testers');
    await choose(page, page.getByTestId('rule-0-lane'), 'gray');
    await page.getByTestId('rule-0-key').fill('x-user-id');
    await choose(page, page.getByTestId('rule-0-operator'), 'in');
    await page.getByTestId('rule-0-operand').fill('1001, 1002');
    await page.getByTestId('policy-comment').fill(`e2e ${stamp}: testers by id`);
    await screenshot(page, 'policy-form');

    await page.getByTestId('policy-try-draft').click();
    await evaluateRequest(page, 'x-user-id', '1002');
    await expect(page.getByTestId('evaluation-lane')).toHaveText('gray');
    await expect(page.getByTestId('evaluation')).toContainText('draft');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('evaluate-form')).toBeHidden();
    await expectVersion(page, start);
    await page.getByTestId('policy-save').click();

    await expectVersion(page, start + 1);
    await expect(page.getByTestId('policy-rule-count')).toHaveText('1');
    await expect(page.getByTestId('rule-0-operand')).toHaveValue('1001, 1002');
  });

  await test.step('edit the whole policy as JSON and save version +2', async () => {
    await page.getByTestId('policy-view-json').click();
    await expect(page.getByTestId('policy-json')).toHaveValue(/"testers"/);
    await page.getByTestId('policy-json').fill(
      JSON.stringify(
        {
          rules: [
            { name: 'testers', lane: 'gray', when: { header: 'x-user-id', in: { list: listName } } },
            { name: 'gd', lane: 'feature-x', when: { all: [{ cookie: 'region', equals: 'GD' }, { not: { clientIp: '10.0.0.0/8' } }] } },
          ],
        },
        null,
        2,
      ),
    );
    await page.getByTestId('policy-save').click();

    await expectVersion(page, start + 2);
    await expect(page.getByTestId('policy-rule-count')).toHaveText('2');
    await page.getByTestId('policy-view-form').click();
    await expect(page.getByTestId('rule-0-operand')).toContainText(listName);
    await expect(page.getByTestId('rule-1-json')).toHaveValue(/"region"/);
    await screenshot(page, 'policy-json-saved');
  });

  await test.step('an invalid JSON edit shows the server’s errors under the editor and changes nothing', async () => {
    await page.getByTestId('policy-view-json').click();
    await page.getByTestId('policy-json').fill(JSON.stringify({ rules: [{ name: 'ghost', lane: `no-such-lane-${stamp}`, when: { header: 'x-user-id', equals: '1' } }] }));
    await page.getByTestId('policy-save').click();

    await expect(page.getByTestId('policy-json-errors')).toContainText('rules[0].lane');
    await screenshot(page, 'policy-json-error');
    await page.reload();
    await expectVersion(page, start + 2);
  });

  await test.step('an invalid form edit highlights the field the error is about and changes nothing', async () => {
    await page.getByTestId('add-rule').click();
    await page.getByTestId('rule-2-name').fill('new-app');
    await choose(page, page.getByTestId('rule-2-lane'), 'gray');
    await page.getByTestId('rule-2-key').fill('x-app-version');
    await choose(page, page.getByTestId('rule-2-operator'), 'versionRange');
    await page.getByTestId('rule-2-operand').fill('not-a-range');
    await page.getByTestId('policy-save').click();

    const operandItem = page.locator('.ant-form-item-has-error', { has: page.getByTestId('rule-2-operand') });
    await expect(operandItem).toContainText('rules[2].when');
    await expect(page.getByTestId('form-error')).toBeVisible();
    await screenshot(page, 'policy-form-error');
    await page.reload();
    await expectVersion(page, start + 2);
  });

  await test.step('try requests: a listed user goes to gray, a cookie to feature-x, anyone else to the baseline', async () => {
    await openTab(page, 'Try a request');
    await expect(await evaluateRequest(page, 'x-user-id', listedUser)).toBeVisible();
    await expect(page.getByTestId('evaluation-lane')).toHaveText('gray');
    await expect(page.getByTestId('evaluation-rule')).toHaveText('testers');
    await screenshot(page, 'evaluate-gray');

    await evaluateRequest(page, 'x-user-id', `nobody-${stamp}`, ['region', 'GD']);
    await expect(page.getByTestId('evaluation-lane')).toHaveText('feature-x');

    await page.getByTestId('sample-cookies-0-value').fill('NORTH');
    await page.getByTestId('evaluate-submit').click();
    await expect(page.getByTestId('evaluation-lane')).toHaveText('baseline');
    await expect(page.getByTestId('evaluation-rule')).toHaveText('—');
  });

  await test.step('compare the first version with the current one and roll back to it', async () => {
    await openTab(page, 'History');
    const versions = page.getByTestId('versions-table');
    await expect(versions.locator(`tr[data-row-key="${start + 2}"]`)).toContainText('current');
    await page.getByTestId(`diff-version-${start + 1}`).click();
    const diff = page.getByTestId('version-diff');
    await expect(diff.locator('[data-diff="removed"]', { hasText: '1001' })).toBeVisible();
    await expect(diff.locator('[data-diff="added"]', { hasText: 'feature-x' })).toBeVisible();
    await screenshot(page, 'diff');
    await page.keyboard.press('Escape');

    await page.getByTestId(`rollback-${start + 1}`).click();
    await page.getByTestId(`confirm-rollback-${start + 1}`).click();
    await expectVersion(page, start + 3);
    await expect(versions.locator(`tr[data-row-key="${start + 3}"]`)).toContainText('rollback',);
    await expect(page.getByTestId('policy-rule-count')).toHaveText('1');
  });

  await test.step('gray cannot be deleted while the policy routes to it', async () => {
    await page.goto('/traffic?tab=lanes');
    await page.getByTestId('delete-lane-gray').click();
    await page.getByTestId('confirm-delete-lane-gray').click();
    await expect(page.getByTestId('lane-in-use')).toContainText(gateway);
    await screenshot(page, 'lane-in-use');
    await page.getByTestId('lane-in-use-ok').click();
    await expect(laneRow(page, 'gray')).toBeVisible();
  });

  await test.step('the emergency stop sends everyone to the baseline', async () => {
    await page.goto(`/traffic/gateways/${gateway}?tab=stop`);
    await expectVersion(page, start + 3);
    await page.getByTestId('emergency-stop').click();
    await expect(page.getByRole('dialog')).toContainText('baseline');
    await screenshot(page, 'emergency-stop');
    await page.getByTestId('confirm-emergency-stop').click();
    await expectVersion(page, start + 4);
    await expect(page.getByTestId('policy-rule-count')).toHaveText('0');

    await openTab(page, 'Try a request');
    await evaluateRequest(page, 'x-user-id', '1001');
    await expect(page.getByTestId('evaluation-lane')).toHaveText('baseline');
  });

  await test.step('live stats show the replicas and per-lane traffic', async () => {
    await openTab(page, 'Live stats');
    await expect(page.getByTestId('replicas-table')).toBeVisible();
    await screenshot(page, 'stats');
  });

  await test.step('the traffic list, no longer used by the stopped policy, is deleted', async () => {
    await page.goto(`/traffic?tab=lists&list=${listName}`);
    await page.getByTestId('delete-traffic-list').click();
    await page.getByTestId('confirm-delete-traffic-list').click();
    await expect(page.getByTestId('traffic-list-drawer')).toBeHidden();
    await expect.poll(async () => (await page.request.get(`/api/v1/traffic-lists/${listName}`)).status()).toBe(404);
  });
});
