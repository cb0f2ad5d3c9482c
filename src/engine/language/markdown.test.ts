import { describe, expect, it } from 'vitest';
import { Marked } from 'monaco-editor/base/common/marked/marked.js';
import { mdBlock, mdCode, mdText } from './markdown';
import { hover } from './hover';

/** Monaco's own Markdown library, as its renderer calls it (GFM on). */
const render = (md: string) => new Marked().parse(md, { async: false }) as string;
/** The text a browser shows for rendered HTML. */
const shown = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();

const HOSTILE = [
  '[Click to fix](https://attacker.example/phish) ![x](https://attacker.example/t.png)',
  '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">y</a>',
  'https://attacker.example/bare www.attacker.example me@attacker.example',
  '```\n[link](https://attacker.example)\n```',
  '`` ` ``` ```` a',
  '# heading\n\n- item\n> quote\n| a | b |\n|---|---|\n***\n<details>',
  '[a]: https://attacker.example\n\n[a]',
  '$(zap) &lt;b&gt; \\[x\\](y) \\',
];

describe('Markdown from user text', () => {
  it.each(HOSTILE)('mdText, mdCode and mdBlock render %j literally, with no link, image or tag', (s) => {
    for (const md of [mdText(s), mdCode(s), mdBlock(s)]) {
      const html = render(md);
      expect(html, md).not.toMatch(/<(a|img|script|svg|details|h\d|ul|ol|li|blockquote|table|hr)\b/);
    }
    expect(shown(render(mdText(s))).replace(/\s+/g, ' ')).toBe(s.replace(/\s+/g, ' ').trim());
    expect(shown(render(mdBlock(s)))).toBe(s.trim());
    expect(shown(render(mdCode(s)))).toBe(s.replace(/\n/g, ' ').trim());
  });

  it("the auditor's macro: its condition closes no fence, its links stay text", () => {
    const text = '- macro: evil\n  condition: |\n    proc.name = a\n    ```\n    [Click to fix this macro](https://attacker.example/phish) ![x](https://attacker.example/t.png)\n    ```\n- rule: r\n  desc: d\n  condition: evt.type = execve and evil\n  output: o\n  priority: INFO\n';
    const h = hover(text, text.lastIndexOf('evil') + 1);
    expect(h).not.toBeNull();
    const html = render(h!.contents);
    expect(html).not.toMatch(/<(a|img)\b/);
    expect(shown(html)).toContain('[Click to fix this macro](https://attacker.example/phish)');
  });

  it('a hostile macro name is shown as written', () => {
    const name = 'm_[x](https://attacker.example)';
    const text = `- macro: ${name}\n  condition: proc.name = a\n`;
    const h = hover(text, text.indexOf('m_') + 1);
    const html = render(h!.contents);
    expect(html).not.toMatch(/<a\b/);
    expect(shown(html)).toContain(`macro ${name}`);
  });
});
