// Share links and upstream base fixtures for browser tests, built with the app's real codec
// (never hand-made strings).
import { expect, type Page } from '@playwright/test';
import { encodeState, type ShareState } from '../../src/share';
import { samplesTable } from '../helpers';

export function shareFragment(state: Omit<ShareState, 'v'>): string {
  return `#${encodeState({ v: 1, ...state })}`;
}

/**
 * Two small stand-ins for the upstream release files (written for these tests, not copied): with
 * both loaded in Falco's order, the incubating file redefines never_true, which the seed rule's
 * exception macro uses, so `iptables -F` stops matching. Loaded the other way round it would not.
 */
export const UPSTREAM_DEFAULT = {
  name: 'falco_rules.yaml',
  mimeType: 'application/yaml',
  buffer: Buffer.from(`- macro: spawned_process
  condition: (evt.type in (execve, execveat))

- macro: container
  condition: (container.id != host)

- macro: never_true
  condition: (evt.num=0)
`),
};
export const UPSTREAM_INCUBATING = {
  name: 'falco-incubating_rules.yaml',
  mimeType: 'application/yaml',
  buffer: Buffer.from(`- macro: never_true
  condition: (proc.name = iptables)
`),
};

/** Each row's command and verdict, in table order (what "the same verdicts" compares). */
export async function verdicts(page: Page): Promise<string[]> {
  const rows = samplesTable(page).locator('tr[data-verdict]');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('.command-text')?.textContent ?? '',
    tr.getAttribute('data-verdict'),
    tr.querySelector('.expect-toggle')?.textContent ?? '',
  ].join(' | ')));
}
