/**
 * The part of Monaco the playground uses. `import 'monaco-editor'` pulls in every language Monaco
 * knows (~80 tokenizers) and the TypeScript, CSS, HTML and JSON language services with their
 * workers (ts.worker alone is 6.9 MB); the rules editor needs none of them: our Falco language
 * brings its own tokenizer and providers (./falco-language/). So: the core editor API plus the
 * editor features a person reaches from the keyboard (the shortcuts panel, src/ui/help/shortcuts.ts,
 * lists them) or that make normal editing feel like VS Code. The list follows Monaco's own
 * editor.main.js (its `features/NAME/register` entry points where one exists, the module itself
 * otherwise); what is left out is named at the end, so adding one back is a one-line change.
 */
import * as monaco from 'monaco-editor/editor/editor.api';

// Editing basics: cursor commands, clipboard, undo of cursor moves, word and line operations,
// multiple cursors, drag and drop, comments (Ctrl+/), indentation, smart selection.
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/dnd/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/toggleTabFocusMode/register';

// Reading the file: find/replace, folding, bracket matching, highlights of the word under the
// cursor, invisible/confusable characters (a homoglyph in a rules file is worth seeing).
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/unicodeHighlighter/register';

// What our Falco language providers plug into: completion (with snippets), hover, semantic
// highlighting, go to definition / references / peek, rename, outline, code actions (quick fixes
// of the linter's hints), problems navigation (F8), messages (the "Format condition" action).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens';
import 'monaco-editor/features/semanticTokens/register';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/referenceSearch/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/editor/contrib/message/browser/messageController';

// Quick access: the command palette (F1), go to line (Ctrl+G), outline (Ctrl+Shift+O), "?" help.
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/quickOutline/register';
import 'monaco-editor/features/quickHelp/register';

// Icons of the widgets above, and the standalone editor's UI strings.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/common/standaloneStrings';

// Left out (editor.main.js has them): every basic language and the css/html/json/typescript
// language services with their workers, the LSP client, diff editor, inline completions,
// parameter hints, inlay hints, code lens, color picker, linked editing, links, sticky scroll,
// section headers, format document (we register no formatter), font zoom, GPU rendering, token
// inspector, high contrast toggle, iPad keyboard, middle-click scroll, paste/drop providers.

export { monaco };
