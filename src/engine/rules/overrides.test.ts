import { describe, expect, it } from 'vitest';
import { loadRulesWith } from './load';
import { parserOnlyBackend } from './test-backend';

const load = (...contents: string[]) => loadRulesWith(parserOnlyBackend, contents.map((content, i) => ({ name: `f${i + 1}.yaml`, content })));
const rule = (name: string, cond: string, extra = '') => `- rule: ${name}\n  desc: d\n  condition: ${cond}\n  output: o\n  priority: INFO\n${extra}`;

describe('append, override and redefinition', () => {
  it('override items: append adds to an earlier list', () => {
    const r = load('- list: l\n  items: [a]\n- list: l\n  items: [b]\n  override:\n    items: append\n' + rule('R', 'evt.type = execve and proc.name in (l)'));
    expect(r.rules[0].conditionCompiled).toBe('(evt.type = execve and proc.name in (a, b))');
  });
  it('override condition: append concatenates text (escaping the original `and`)', () => {
    const r = load('- macro: m\n  condition: evt.type = execve and proc.name = a\n- macro: m\n  condition: or proc.name = b\n  override:\n    condition: append\n' + rule('R', 'm'));
    expect(r.rules[0].conditionCompiled).toBe('((evt.type = execve and proc.name = a) or proc.name = b)');
  });
  it('rule condition append and output replace', () => {
    const r = load(rule('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  output: new\n  override:\n    condition: append\n    output: replace\n');
    expect(r.ok).toBe(true);
    expect(r.rules[0].conditionCompiled).toBe('(evt.type = execve and proc.name = x)');
    expect(r.rules[0].output).toBe('new');
  });
  it('append to an undefined list, macro or rule is an error', () => {
    expect(load('- list: l\n  items: [a]\n  override:\n    items: append\n').errors[0].message).toBe("List uses 'append' or 'override.items: append' but no list by that name already exists");
    expect(load('- macro: m\n  condition: a\n  append: true\n').errors[0].message).toBe("Macro uses 'append' or 'override.condition: append' but no macro by that name already exists");
    expect(load('- rule: R\n  condition: a\n  override:\n    condition: append\n').errors[0].message).toBe("Rule uses 'append' or 'override.<key>: append' but no rule by that name already exists");
    expect(load('- rule: R\n  priority: INFO\n  override:\n    priority: replace\n').errors[0].message).toBe("An 'override.<key>: replace' to a rule was requested but no rule by that name already exists");
  });
  it('wrong override operations', () => {
    expect(load(rule('R', 'evt.type = execve') + '- rule: R\n  priority: INFO\n  override:\n    priority: append\n').errors[0].message).toBe("Key 'priority' cannot be appended to, use 'replace' instead");
    expect(load(rule('R', 'evt.type = execve') + '- rule: R\n  desc: x\n  override:\n    desc: merge\n').errors[0].message).toBe("Invalid override operation for key 'desc': 'merge'. Allowed values are: append replace ");
    expect(load(rule('R', 'evt.type = execve') + '- rule: R\n  desc: x\n  priority: INFO\n  override:\n    desc: replace\n').errors[0].message).toBe("Unexpected key 'priority': no corresponding entry under 'override' is defined.");
  });
  it('non-scalar override entries fail as yaml-cpp conversions do (reported on the file)', () => {
    // decode_overrides calls as<std::string>() on each key and value: a sequence value throws
    // TypedBadConversion, a sequence `override` yields zombie keys (InvalidNode), null reads "null".
    const bad = load(rule('R', 'evt.type = execve') + '- rule: R\n  condition: and x\n  override:\n    condition: [append]\n').errors[0];
    expect([bad.code, bad.message, bad.line, bad.column, bad.itemType]).toEqual(['LOAD_ERR_VALIDATE', 'yaml-cpp: error at line 9, column 16: bad conversion', 1, 1, 'rules content']);
    const seq = load(rule('R', 'evt.type = execve') + '- rule: R\n  condition: and x\n  override: [condition]\n').errors[0];
    expect([seq.code, seq.message]).toEqual(['LOAD_ERR_VALIDATE', 'invalid node; this may result from using a map iterator as a sequence iterator, or vice-versa']);
    expect(load(rule('R', 'evt.type = execve') + '- rule: R\n  condition: and x\n  override:\n    condition:\n').errors[0].message)
      .toBe("Invalid override operation for key 'condition': 'null'. Allowed values are: append replace ");
  });
  it('a redefined rule keeps its first position with the new definition', () => {
    const r = load(rule('A', 'evt.type = execve') + rule('B', 'evt.type = execve') + rule('A', 'evt.type = execve and proc.name = z'));
    expect(r.rules.map((x) => x.name)).toEqual(['A', 'B']);
    expect(r.rules[0].conditionCompiled).toBe('(evt.type = execve and proc.name = z)');
  });
  it('enabled: replace re-enables in a later file; standalone enabled warns', () => {
    const r = load(rule('A', 'evt.type = execve', '  enabled: false\n'), '- rule: A\n  enabled: true\n  override:\n    enabled: replace\n');
    expect(r.rules[0].enabled).toBe(true);
    const s = load(rule('A', 'evt.type = execve', '  enabled: false\n') + '- rule: A\n  enabled: true\n');
    expect(s.rules[0].enabled).toBe(true);
    expect(s.warnings.map((w) => w.code)).toEqual(['LOAD_DEPRECATED_ITEM']);
  });
  it('exception values appended to an existing exception', () => {
    const base = rule('A', 'evt.type = execve', '  exceptions:\n    - name: e\n      fields: [proc.name]\n      values: [[a]]\n');
    const r = load(base + '- rule: A\n  exceptions:\n    - name: e\n      values: [[b]]\n  override:\n    exceptions: append\n');
    expect(r.rules[0].conditionCompiled).toBe('(evt.type = execve and not (proc.name = a or proc.name = b))');
  });
  it('macros see only earlier macros; rules see all', () => {
    const r = load('- macro: a\n  condition: b\n- macro: b\n  condition: evt.type = execve\n');
    expect(r.errors[0].message).toBe("Undefined macro 'b' used in filter.");
    const ok = load(rule('R', 'm') + '- macro: m\n  condition: evt.type = execve\n');
    expect(ok.ok).toBe(true);
  });
  it('lenient mode keeps the rules that compile and marks the broken ones', () => {
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f', content: rule('Good', 'evt.type = execve') + rule('Bad', 'evt.type = execve and proc.nosuch = 1') }], { lenient: true });
    expect(r.ok).toBe(false);
    expect(r.rules.find((x) => x.name === 'Good')?.filter).toBeDefined();
    expect(r.rules.find((x) => x.name === 'Bad')?.error?.code).toBe('LOAD_ERR_COMPILE_CONDITION');
  });
  it('lenient mode: a rule using a macro that does not parse says so', () => {
    const content = '- macro: m\n  condition: proc.name = = x\n' + rule('Uses', 'm and evt.type = execve') + rule('Other', 'evt.type = execve');
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f', content }], { lenient: true });
    expect(r.errors.map((e) => e.code)).toEqual(['LOAD_ERR_COMPILE_CONDITION', 'FRP_MACRO_HAS_ERRORS']);
    expect(r.rules.find((x) => x.name === 'Uses')?.error?.message).toBe("Macro 'm' used in filter has errors.");
    expect(r.rules.find((x) => x.name === 'Other')?.filter).toBeDefined();
  });
});
