/**
 * Every keyboard shortcut of the playground, in one list: the help panel shows it, and nothing
 * else is a source of truth for what the keys do. Editor keys are Monaco's (and our Falco language
 * support's); page keys are handled in src/ui/hooks/useShortcuts.ts, src/ui/help/useHelpShortcut.ts
 * and on the sample rows (src/ui/scoreboard/ExpectationControl.tsx).
 */
export interface Shortcut {
  /** Key combinations, each shown as a sequence of keys ("Ctrl", "Space"). */
  keys: string[][];
  /** How several combinations relate: alternatives ("or"), a pair matching "a / b" in `does`, or a chord. */
  join?: 'or' | '/' | 'then';
  does: string;
}

export interface ShortcutGroup {
  title: string;
  /** Where the keys work. */
  where: string;
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Anywhere on the page',
    where: 'outside the rules editor and text fields',
    shortcuts: [
      { keys: [['?'], ['F1'], ['Ctrl', '/']], does: 'Show this list of shortcuts' },
      { keys: [['Alt', 'N']], does: 'Go to the box for a new sample command line' },
      { keys: [['Alt', '↑'], ['Alt', '↓']], join: '/', does: 'Select the previous / next sample row' },
      { keys: [['Tab'], ['Shift', 'Tab']], join: '/', does: 'Move to the next / previous control (every button is reachable this way)' },
      { keys: [['←'], ['→']], join: '/', does: 'Switch between the "Errors & warnings" and "Hints" tabs (when a tab has focus)' },
      { keys: [['Esc']], does: 'Close the open dialog (lessons, add exception, share, import, this list)' },
    ],
  },
  {
    title: 'On a sample row',
    where: 'when the row or one of its buttons has focus',
    shortcuts: [
      { keys: [['A']], does: 'Expect an alert from the selected rule' },
      { keys: [['N']], does: 'Expect no alert' },
      { keys: [['U']], does: 'Clear the expectation' },
    ],
  },
  {
    title: 'In the rules editor',
    where: 'while the editor has focus',
    shortcuts: [
      { keys: [['Ctrl', 'Space']], does: 'Complete a field, operator, macro or list name' },
      { keys: [['Ctrl', 'K'], ['Ctrl', 'I']], join: 'then', does: 'Show the description of the field under the cursor (hover)' },
      { keys: [['F12']], does: 'Go to the definition of the macro or list under the cursor' },
      { keys: [['Shift', 'F12']], does: 'Find every reference to it' },
      { keys: [['F2']], does: 'Rename a macro or list everywhere' },
      { keys: [['Ctrl', '.']], does: 'Quick fixes for the hint under the cursor' },
      { keys: [['F8'], ['Shift', 'F8']], join: '/', does: 'Go to the next / previous problem or hint' },
      { keys: [['Ctrl', 'Shift', 'O']], does: 'Outline: jump to a rule, macro or list' },
      { keys: [['Ctrl', 'Shift', 'I']], does: 'Format the condition under the cursor' },
      { keys: [['Ctrl', 'Z'], ['Ctrl', 'Y']], join: '/', does: 'Undo / redo (quick fixes and added exceptions too)' },
      { keys: [['Ctrl', 'M']], does: 'Toggle "Tab moves focus", to leave the editor with Tab' },
      { keys: [['F1']], does: "The editor's command palette" },
    ],
  },
];
