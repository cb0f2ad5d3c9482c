import { expect, type Page } from '@playwright/test';

/** The seed's three sample command lines, in table order. */
export const SEED_COMMANDS = [
  'iptables -F',
  'systemctl stop falco',
  'systemctl reload falco-helper-stopwatch.service',
] as const;

export function samplesTable(page: Page) {
  return page.getByRole('table', { name: 'Samples' });
}

/** The table row of the sample whose command line is `command`. */
export function sampleRow(page: Page, command: string) {
  return samplesTable(page).getByRole('row').filter({ has: page.getByRole('button', { name: command, exact: true }) });
}

/** Opens the app on a clean first visit and waits until Monaco holds the rules text. */
export async function openFresh(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
  await waitForEditor(page);
}

export async function waitForEditor(page: Page) {
  await expect(page.getByRole('code').or(page.locator('.monaco-editor')).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__frp?.getEditorText() !== null)).toBe(true);
}

export async function setRulesText(page: Page, text: string) {
  await page.evaluate((t) => window.__frp!.setRulesText(t), text);
  await expect.poll(() => page.evaluate(() => window.__frp!.getEditorText())).toBe(text);
}

export async function getRulesText(page: Page): Promise<string> {
  return page.evaluate(() => window.__frp!.getRulesText());
}
