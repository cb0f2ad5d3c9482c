/**
 * Markdown from text the user (or a link, or an imported file) wrote: names, conditions, list
 * items, field values, file names. Hovers and completion details are Markdown, which Monaco turns
 * into HTML: a macro condition holding a line of three backticks closed the code fence around it,
 * and what followed (`[Click here](https://…)`, `![x](…)`) became a live link and an image.
 *
 *  - mdText: every character Markdown could read as syntax is backslash-escaped, `:` and `.`
 *    included so that no bare address or `www.` name is turned into a link (GFM autolinks), and
 *    `<` so that no HTML is read;
 *  - mdCode: an inline code span whose fence is longer than any run of backticks inside it (its
 *    content is literal); line breaks become spaces (a blank line would end the span);
 *  - mdBlock: a fenced code block, fenced the same way (at least three backticks).
 *
 * Monaco renders them with HTML off and untrusted (src/ui/editor/falco-language/index.ts), which
 * drops raw HTML and command links; this keeps links and images out as well.
 */

const SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&:=@$%^"']/g;

/** `s` as literal text in Markdown. */
export function mdText(s: string): string {
  return s.replace(SYNTAX, '\\$&');
}

/** The longest run of backticks in `s`. */
function longestBacktickRun(s: string): number {
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/** `s` as an inline code span. */
export function mdCode(s: string): string {
  const one = s.replace(/\r?\n|\r/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(one) + 1);
  // A space on each side lets the content start or end with a backtick (CommonMark strips one).
  const pad = one.startsWith('`') || one.endsWith('`') || (one.startsWith(' ') && one.endsWith(' ') && one.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

/** `s` as a fenced code block. */
export function mdBlock(s: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(s) + 1));
  return `${fence}\n${s}\n${fence}`;
}
