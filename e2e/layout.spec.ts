import { expect, test, type Page } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, SEED_COMMANDS, setRulesText } from './helpers';

// Layout at common laptop widths: nothing the person needs is cut, squeezed or pushed out of view.

const SEED_RULE = 'Impair Security Tools in Container';

/** Width the select's text needs in its own font. */
async function textWidth(page: Page, selector: string, text: string) {
  return page.evaluate(([sel, t]) => {
    const el = document.querySelector(sel)!;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(el).font;
    return ctx.measureText(t).width;
  }, [selector, text] as const);
}

test.describe('at 1440px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the rule selector shows the whole rule name, and names it in its title', async ({ page }) => {
    await openFresh(page);
    const select = page.getByRole('combobox', { name: 'Rule', exact: true });
    await expect(select).toHaveAttribute('title', `Rule: ${SEED_RULE}`);
    const box = (await select.boundingBox())!;
    // Room for the text plus the select's padding and arrow.
    expect(box.width).toBeGreaterThan(await textWidth(page, '#rule-select', SEED_RULE) + 24);
  });
});

test.describe('at 1300px', () => {
  test.use({ viewport: { width: 1300, height: 900 } });

  test('the header fits on one row, every control visible', async ({ page }) => {
    await openFresh(page);
    const tops = await page.locator('.app-header .toolbar > :not(dialog)').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    for (const name of ['Import', 'Export', 'Share', 'Lessons', 'Example', 'Keyboard shortcuts']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole('checkbox', { name: 'Container plugin' })).toBeInViewport();
  });

  test('an opened context editor is usable: its fields and Done are in view', async ({ page }) => {
    await openFresh(page);
    await page.getByRole('button', { name: `Context of ${SEED_COMMANDS[2]}` }).click();
    const editor = page.getByRole('group', { name: `Context of ${SEED_COMMANDS[2]}` });
    await expect(editor).toBeVisible();
    for (const label of ['Parent command line', 'User', 'Working directory', 'Terminal', 'Environment', 'Field values']) {
      await expect(editor.getByLabel(label, { exact: true })).toBeInViewport({ ratio: 1 });
    }
    await expect(editor.getByRole('button', { name: 'Done' })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('at 1024px', () => {
  test.use({ viewport: { width: 1024, height: 800 } });

  test('command lines get the room and wrap at blanks, not inside words', async ({ page }) => {
    await openFresh(page);
    // A second rule that matches one row: the Other rules column has something to show.
    await setRulesText(page, `${await getRulesText(page)}
- rule: Flush Firewall Rules Anywhere
  desc: d
  condition: spawned_process and proc.name = iptables
  output: o
  priority: INFO
`);
    await expect(sampleRow(page, SEED_COMMANDS[0]).getByRole('list', { name: 'Also matches' })).toBeVisible();
    const command = (cmd: string) => sampleRow(page, cmd).locator('.command-text code');
    // `iptables -F` on one line (it wrapped as `iptable` / `s -F`).
    const line = await command(SEED_COMMANDS[0]).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
    expect((await command(SEED_COMMANDS[0]).boundingBox())!.height).toBeLessThan(line * 1.5);
    // No word of any command line is broken across lines.
    for (const cmd of SEED_COMMANDS) {
      const broken = await command(cmd).evaluate((el) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let prev: { top: number; ch: string } | null = null;
        let seen = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            range.setStart(node, i); range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            // A new line starting in the middle of a word (letters or digits on both sides).
            if (prev && top > prev.top && /\w/.test(prev.ch) && /\w/.test(text[i])) return `${seen}|${text.slice(i)}`;
            prev = { top, ch: text[i] };
            seen += text[i];
          }
        }
        return null;
      });
      expect(broken, cmd).toBeNull();
    }
    const widths = await page.locator('.samples-table col').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().width));
    // The command column is the widest of the two flexible ones.
    expect(widths[1]).toBeGreaterThanOrEqual(widths[3]);
    // The other rule's name is shown whole (wrapped if need be), not cut.
    const chip = sampleRow(page, SEED_COMMANDS[0]).getByRole('list', { name: 'Also matches' }).getByRole('listitem');
    expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});
