import { describe, expect, it } from 'vitest';
import { parseOperandPrefix } from '../condition/operand';
import type { Operand } from '../condition/ast';
import type { FalcoEvent } from '../event/types';
import { escapeAsJsonText, tokenizeOutput } from './format';

const KNOWN = new Set(['proc.name', 'proc.cmdline', 'fd.name', 'proc.aname', 'user.name']);
const VALUES: Record<string, string | null> = { 'proc.name': 'bash', 'proc.cmdline': 'bash -c ls', 'fd.name': null, 'proc.aname': 'sshd', 'user.name': 'root' };
const compile = (op: Operand) => (op.kind === 'field' && KNOWN.has(op.name)
  ? { ok: true as const, render: () => VALUES[op.name] }
  : op.kind === 'fieldTransformer' ? { ok: true as const, render: () => 'T' } : { ok: false as const, message: `filter_check called with nonexistent field ${op.kind === 'field' ? op.name : ''}` });
const ev = {} as FalcoEvent;
const render = (t: string) => {
  const r = tokenizeOutput(t, parseOperandPrefix, compile);
  if (!r.ok) return `ERR ${r.error.message}`;
  return r.render(ev);
};

describe('output templates (libsinsp set_format / tostring_withformat)', () => {
  it('replaces %field tokens and keeps the text between them', () => {
    expect(render('user=%user.name cmd=%proc.cmdline')).toBe('user=root cmd=bash -c ls');
  });
  it('a token ends where the longest compiling prefix ends', () => {
    expect(render('x %proc.name.')).toBe('x bash.');
    expect(render('(%proc.name)')).toBe('(bash)');
    expect(render('%proc.name%proc.name')).toBe('bashbash');
  });
  it('missing values print <NA>', () => {
    expect(render('fd=%fd.name')).toBe('fd=<NA>');
  });
  it('a width pads or truncates to exactly that many characters', () => {
    expect(render('[%6proc.name]')).toBe('[bash  ]');
    expect(render('[%3proc.cmdline]')).toBe('[bas]');
  });
  it('a width counts UTF-8 bytes (std::string::resize); a cut character prints U+FFFD', () => {
    VALUES['user.name'] = 'ünï';
    try {
      expect(render('[%3user.name]')).toBe('[ün]');
      expect(render('[%6user.name]')).toBe('[ünï ]');
      expect(render('[%2user.name]')).toBe('[ü]');
      expect(render('[%4user.name]')).toBe('[ün\ufffd]');
    } finally {
      VALUES['user.name'] = 'root';
    }
  });
  it('drops exactly one leading *', () => {
    expect(render('*x %proc.name')).toBe('x bash');
    expect(render('**x')).toBe('*x');
  });
  it('reports libsinsp errors', () => {
    expect(render('100%')).toBe('ERR invalid formatting syntax: formatting cannot end with a %');
    expect(render('50% off')).toBe("ERR unknown filter: unexpected token after '");
    expect(render('bad=%proc.nosuch')).toBe("ERR unknown filter: unexpected token after '");
    expect(render('%12')).toBe('ERR invalid formatting syntax: formatting cannot end with a number');
    expect(render('')).toBe('ERR empty formatting token');
  });
  it('escapes control characters like JSON', () => {
    expect(escapeAsJsonText('a\tb\nc\x01"\\')).toBe('a\\tb\\nc\\u0001\\"\\\\');
  });
});
