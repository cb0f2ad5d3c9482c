/**
 * Monaco's bundled copy of `marked` (what its hover and suggestion details render Markdown with),
 * read by the tests that check the Markdown built from user text renders to no link or tag.
 */
declare module 'monaco-editor/base/common/marked/marked.js' {
  export class Marked {
    parse(markdown: string, options?: { async?: false }): string | Promise<string>;
  }
}
