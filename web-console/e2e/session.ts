import { expect, type Page } from '@playwright/test';

/** The platform admin that release-api creates at its first start. */
export const adminUsername = 'admin';

export function adminPassword(): string {
  const password = process.env.AVIARY_ADMIN_PASSWORD;
  if (!password) throw new Error('Set AVIARY_ADMIN_PASSWORD to the password of the platform admin "admin".');
  return password;
}

/**
 * Signs in as a person does: the console's Sign in button, the identity provider's login form
 * (another origin, not the console's code), and back to the console.
 */
export async function signIn(page: Page, username = adminUsername, password = adminPassword()) {
  await page.goto('/');
  await page.getByTestId('sign-in').click();

  const loginForm = page.locator('form', { has: page.locator('input[name=password]') });
  await loginForm.locator('input[name=username]').fill(username);
  await loginForm.locator('input[name=password]').fill(password);
  await loginForm.locator('button[type=submit]').click();

  // The first sign-in on a freshly started platform loads the identity provider's whole sign-in path
  // (authorization server, password hashing, token exchange) on JVMs that are still cold.
  await expect(page.getByTestId('current-user')).toHaveText(username, { timeout: 60_000 });
}
