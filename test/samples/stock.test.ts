import { describe, expect, it } from 'vitest';
import { STOCK_FILE_NAME, STOCK_RULES_FILE, baseFiles } from '../../src/engine/base/stock';
import { evaluateRules, loadRules } from '../../src/engine/rules';
import { sampleToEvent } from '../../src/engine/sample/to-event';
import type { Sample } from '../../src/engine/sample/types';

/** One rule per stock macro, so each is compiled and can be evaluated on samples. */
const MACROS = ['spawned_process', 'container', 'never_true', 'proc_name_exists', 'shell_procs', 'interactive', 'system_users', 'container_entrypoint', 'proc_is_new'];
const PROBES = MACROS.map((m) => `- rule: probe ${m}\n  desc: d\n  condition: ${m}\n  output: o\n  priority: INFO\n`).join('\n');

function macrosTrueFor(sample: Partial<Sample>): string[] {
  const loaded = loadRules([STOCK_RULES_FILE, { name: 'probes.yaml', content: PROBES }]);
  expect(loaded.errors).toEqual([]);
  const r = sampleToEvent({ id: 't', command: 'ls', ...sample });
  if (!r.ok) throw new Error(r.error.message);
  return evaluateRules(loaded, r.event).matched.map((name) => name.replace('probe ', ''));
}

describe('stock macros', () => {
  it('load without errors, named falco_stock_macros.yaml', () => {
    expect(STOCK_FILE_NAME).toBe('falco_stock_macros.yaml');
    const loaded = loadRules([STOCK_RULES_FILE]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.macros.map((m) => m.name)).toEqual(expect.arrayContaining(MACROS));
    expect(loaded.lists.map((l) => l.name)).toEqual(expect.arrayContaining(['shell_binaries', 'userexec_binaries', 'sensitive_file_names']));
  });

  it('behave as in Falco on the standard samples', () => {
    // ssh session in the nginx container: an interactive, containerised exec of a known program;
    // every sample is a process that has just started (proc_is_new).
    expect(macrosTrueFor({})).toEqual(['spawned_process', 'container', 'proc_name_exists', 'interactive', 'proc_is_new']);
    expect(macrosTrueFor({ command: 'bash', container: 'host' })).toEqual(['spawned_process', 'proc_name_exists', 'shell_procs', 'interactive', 'proc_is_new']);
    expect(macrosTrueFor({ user: 'www-data', parentMissing: true })).toEqual(['spawned_process', 'container', 'proc_name_exists', 'system_users', 'container_entrypoint', 'proc_is_new']);
    expect(macrosTrueFor({ parent: 'containerd-shim' })).toContain('container_entrypoint');
  });

  it('base none adds nothing', () => {
    expect(baseFiles('none')).toEqual([]);
    expect(baseFiles('stock')).toEqual([STOCK_RULES_FILE]);
  });
});
