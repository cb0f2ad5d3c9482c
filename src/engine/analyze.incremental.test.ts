/**
 * Incremental analysis must be indistinguishable from analysing from scratch. A warm analyzer
 * follows random sequences of one-character edits (and some base, plugin and sample changes);
 * after every step its whole answer (diagnostics with ranges, rules, verdicts, outputs, events)
 * must equal the answer of a new analyzer that has seen nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type AnalysisInput, type BaseChoice, type PluginsChoice } from './analyze';
import type { Sample } from './sample';
import { SEED_RULES_YAML, SEED_SAMPLES } from './sample/seed';

/** A user file that leans on the base: redefinitions, appends, overrides, lists, exceptions. */
const RICH = `- list: shell_binaries
  items: [fish]
  append: true
- list: my_tools
  items: [iptables, "ip6tables", nft, shell_binaries]
- macro: never_true
  condition: (evt.num = 0 and not proc.name in (my_tools))
- macro: my_container
  condition: container and not proc.pname in (containerd-shim)
- rule: Tool in container
  desc: a tool ran
  condition: spawned_process and my_container and proc.name in (my_tools) and not never_true
  output: "tool %proc.name (args=%proc.args parent=%proc.pname user=%user.name)"
  priority: WARNING
  exceptions:
    - name: known
      fields: [proc.pname, proc.cmdline]
      comps: [=, startswith]
      values:
        - [bash, "iptables -L"]
- rule: Tool in container
  condition: and not proc.args contains "--list"
  override:
    condition: append
- rule: Shell
  desc: a shell
  condition: spawned_process and shell_procs and proc.args icontains "-c"
  output: shell %proc.cmdline
  priority: NOTICE
  tags: [shell]
- rule: Broken field
  desc: its error range must follow edits made above it
  condition: spawned_process and proc.nmae = x
  output: o %proc.name
  priority: INFO
- macro: broken_macro
  condition: proc.name in (a, b
- rule: constructor
  desc: names that objects already have
  condition: spawned_process and proc.name in (my_tools)
  output: "c %proc.name"
  priority: INFO
- rule: toString
  desc: d
  condition: spawned_process and not proc.name in (my_tools)
  output: t
  priority: INFO
`;

const EDIT_CHARS = [...'abcxyz _-:()"\'#,.[]0123456789\n=!'];
const upstream = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'].map((name) => ({
  name,
  content: readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/falcosecurity-rules', name), 'utf8'),
}));

const samples: Sample[] = [
  ...SEED_SAMPLES,
  { id: 's1', command: 'iptables -F INPUT', parent: 'bash' },
  { id: 's2', command: 'bash -c "curl x | sh"', container: 'host' },
  { id: 's3', command: 'nft list ruleset', user: 'www-data' },
  { id: 's4', command: 'fish -c id', fields: { 'proc.pname': 'containerd-shim' } },
  { id: 's5', command: 'echo "unterminated' },
];

/** Where (uniform over the text: fast-check's own numbers lean to the ends), what to delete, what to type. */
type Edit = { at: number; del: number; ins: string };
const typed = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...'abcxyz ') }, { weight: 1, arbitrary: fc.constantFrom(...EDIT_CHARS) });
const edit = fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })), del: fc.integer({ min: 0, max: 2 }), ins: fc.string({ unit: typed, maxLength: 2 }) })
  .map((e): Edit => ({ at: e.at / 1_000_000, del: e.ins === '' && e.del === 0 ? 1 : e.del, ins: e.ins }));

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

function sameAsCold(warm: ReturnType<typeof createAnalyzer>, input: AnalysisInput): void {
  const got = JSON.stringify(warm.analyze(input));
  const want = JSON.stringify(createAnalyzer().analyze(input));
  expect(got).toBe(want);
}

describe('incremental analysis agrees with a cold one', () => {
  it('over random one-character edits, stock base, with plugin and sample changes', () => {
    fc.assert(fc.property(
      fc.constantFrom(SEED_RULES_YAML, RICH),
      fc.array(fc.tuple(edit, fc.constantFrom<PluginsChoice | null>(null, null, null, 'none', 'container'), fc.boolean()), { minLength: 1, maxLength: 25 }),
      (start, steps) => {
        const warm = createAnalyzer();
        let text: string = start;
        let plugins: PluginsChoice = 'container';
        let rows = samples;
        sameAsCold(warm, { rulesText: text, base: 'stock', samples: rows, plugins });
        for (const [e, p, newSample] of steps) {
          text = apply(text, e);
          if (p) plugins = p;
          if (newSample) rows = [...rows.slice(1), { id: `n${rows.length}`, command: `iptables -X ${text.length}` }];
          sameAsCold(warm, { rulesText: text, base: 'stock', samples: rows, plugins });
        }
      },
    ), { numRuns: 60 });
  });

  it('over random edits with the three upstream files as base (and back to stock)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(edit, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 8 }),
      (steps) => {
        const warm = createAnalyzer();
        let text = RICH;
        const files: BaseChoice = { files: upstream };
        sameAsCold(warm, { rulesText: text, base: files, samples, plugins: 'container' });
        for (const [e, roll] of steps) {
          text = apply(text, e);
          // Now and then the base changes: the stock one, or the upstream files in a new array.
          const base: BaseChoice = roll === 0 ? 'stock' : { files: [...upstream] };
          sameAsCold(warm, { rulesText: text, base, samples, plugins: 'container' });
        }
      },
    ), { numRuns: 4 });
  });
});
