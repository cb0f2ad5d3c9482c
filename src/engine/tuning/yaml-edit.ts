import type { LintEdit } from '../lint/types';
import type { RuleItemSource } from '../lint/rules-source';

/** One `exceptions:` entry, in Falco's tuple form (spec §5.7). */
export interface ExceptionEntry {
  name: string;
  fields: string[];
  comps: string[];
  values: string[][];
}

/** A YAML scalar for a flow sequence: plain when safe, double-quoted otherwise. */
export function yamlScalar(v: string): string {
  if (/^[A-Za-z0-9_./=+-][A-Za-z0-9_./=<>!@+:-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|~)$/i.test(v) && !/:$/.test(v)) return v;
  return JSON.stringify(v);
}

function flow(items: string[]): string {
  return `[${items.map(yamlScalar).join(', ')}]`;
}

/** The entry as block YAML lines, each prefixed by `indent` (the indentation of `- name:`). */
export function exceptionEntryYaml(e: ExceptionEntry, indent: string): string {
  return [
    `${indent}- name: ${yamlScalar(e.name)}`,
    `${indent}  fields: ${flow(e.fields)}`,
    `${indent}  comps: ${flow(e.comps)}`,
    `${indent}  values:`,
    ...e.values.map((t) => `${indent}    - ${flow(t)}`),
  ].join('\n');
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset just after the line that contains `pos - 1` (the end of an item's last line). */
function afterLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', Math.max(0, pos - 1));
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The edit that adds an exception to a rule item: a new `exceptions:` key after the item's last
 * line, or a new entry at the end of an existing block `exceptions:` sequence.
 */
export function addExceptionEdit(text: string, item: RuleItemSource, entry: ExceptionEntry): LintEdit {
  const keyIndent = ' '.repeat(Math.max(0, item.keys[0] ? item.keys[0].range.start - lineStart(text, item.keys[0].range.start) : 2));
  if (item.exceptions && !item.exceptions.flow) {
    const dash = text.slice(item.exceptions.range.start).match(/^\s*-/);
    const firstDash = dash ? item.exceptions.range.start + dash[0].length - 1 : item.exceptions.range.start;
    const indent = ' '.repeat(firstDash - lineStart(text, firstDash));
    const at = afterLine(text, trimEnd(text, item.exceptions.range.end));
    const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
    return { range: { start: at, end: at }, text: `${prefix}${exceptionEntryYaml(entry, indent)}\n` };
  }
  if (item.exceptions) {
    // A flow sequence (`exceptions: []`): replace it by a block sequence holding the new entry.
    return { range: item.exceptions.range, text: `\n${exceptionEntryYaml(entry, keyIndent + '  ')}` };
  }
  const at = afterLine(text, trimEnd(text, item.range.end));
  const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return { range: { start: at, end: at }, text: `${prefix}${keyIndent}exceptions:\n${exceptionEntryYaml(entry, keyIndent + '  ')}\n` };
}

/** Moves back over trailing blanks and line breaks, so we insert right after real content. */
function trimEnd(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return p;
}
