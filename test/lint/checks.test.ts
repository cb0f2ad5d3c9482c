import { describe, expect, it } from 'vitest';
import { applyFix, lintRules, type LintEvent, type LintHint } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';
import { eventsFromSamples as cachedEvents } from '../../src/engine/lint';
import { SEED_RULES_YAML } from '../../src/engine/sample/seed';
import { findLesson, lessonScore, LESSONS } from '../../src/lessons';
import { baseFiles } from '../../src/engine/base/stock';
import { bashParent, execEvent, lintEvents, slice } from './helpers';

function rule(condition: string, extra = ''): string {
  return [
    '- rule: Test Rule',
    '  desc: A test rule.',
    `  condition: ${condition}`,
    '  output: Something happened | evt_type=%evt.type user=%user.name user_uid=%user.uid user_loginuid=%user.loginuid process=%proc.name proc_exepath=%proc.exepath parent=%proc.pname command=%proc.cmdline terminal=%proc.tty',
    '  priority: WARNING',
    '  tags: [maturity_sandbox, host, process, mitre_execution, T1059]',
    extra,
  ].join('\n');
}

function byCode(hints: LintHint[], code: string): LintHint[] {
  return hints.filter((h) => h.code === code);
}

describe('unanchored contains on joined arguments', () => {
  it('flags a short token and lists the rows that match inside a longer word', () => {
    const text = rule('evt.type = execve and proc.name = systemctl and proc.args contains stop');
    const events = lintEvents('systemctl stop falco', 'systemctl reload falco-helper-stopwatch.service');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(slice(text, h.range)).toBe('proc.args contains stop');
    expect(h.rows).toEqual(['s2']);
    expect(h.message).toContain('row 2: systemctl reload falco-helper-stopwatch.service');
    // "stop" is only seen as the first argument: the review's form.
    expect(h.fixes?.[0].edits[0].text).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
    const fixed = applyFix(text, h.fixes![0]);
    expect(fixed).toContain('proc.name = systemctl and (proc.args startswith "stop " or proc.args contains " stop ")');
  });

  it('chooses the anchored form from the rows the clause applies to, not from every row', () => {
    // "stop" is last in the nginx rows, but those never reach the systemctl clause.
    const text = rule('evt.type = execve and proc.name = systemctl and proc.args contains stop');
    const events = lintEvents('systemctl stop falco', 'nginx -s stop', 'systemctl reload x-stopwatch');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.[0].edits[0].text).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
  });

  it('offers every whole-word position when no row reaches the clause', () => {
    const text = rule('evt.type = execve and proc.name = service and proc.args contains stop');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events: lintEvents('systemctl stop falco') }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.[0].edits[0].text).toBe('(proc.args = "stop" or proc.args startswith "stop " or proc.args contains " stop " or proc.args endswith " stop")');
  });

  it('reads which rows reach the clause from the evaluator\'s trace when the rule compiled', () => {
    // user.uid is beyond the linter's own little evaluator: only the trace knows row 2 is excluded.
    const asUser = (line: string, uid: number): LintEvent => {
      const event = execEvent(line.split(' '));
      event.proc.uid = uid;
      return { sampleId: line, label: line, event };
    };
    const events = [asUser('systemctl stop falco', 0), asUser('systemctl falco stop', 1000)];
    for (const cond of ['evt.type = execve and user.uid = 0 and proc.args contains stop', 'evt.type = execve and proc.args contains stop and user.uid = 0']) {
      const text = rule(cond);
      const load = loadRules([{ name: 'r.yaml', content: text }], { lenient: true });
      const withTrace = byCode(lintRules({ rulesText: text, file: 'r.yaml', load, events }), 'FRP_LINT_UNANCHORED_CONTAINS')[0];
      expect(withTrace.fixes?.[0].edits[0].text, cond).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
      const withoutTrace = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS')[0];
      expect(withoutTrace.fixes?.[0].edits[0].text, cond).toBe('(proc.args startswith "stop " or proc.args contains " stop " or proc.args endswith " stop")');
    }
  });

  it('never turns a row matching the token as a whole word from Match to Miss', () => {
    const text = rule('evt.type = execve and proc.name in (systemctl, service) and proc.args contains stop');
    const lines = ['systemctl stop', 'systemctl stop falco', 'service falco stop', 'systemctl -q stop x y', 'systemctl x-stopwatch', 'nginx -s stop', 'systemctl STOP'];
    const events = lintEvents(...lines);
    const verdicts = (t: string) => {
      const load = loadRules([{ name: 'r.yaml', content: t }]);
      expect(load.errors).toEqual([]);
      return events.map((e) => load.rules[0].filter!.evaluate(e.event));
    };
    const before = verdicts(text);
    const whole = events.map((e) => e.event.proc.args.includes('stop'));
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS');
    for (const fix of h.fixes!) {
      const after = verdicts(applyFix(text, fix));
      lines.forEach((l, i) => {
        if (before[i] && whole[i]) expect(after[i], `${fix.title}: ${l}`).toBe(true);
      });
    }
    expect(verdicts(applyFix(text, h.fixes![0]))).toEqual([true, true, true, true, false, false, false]);
  });

  it('flags icontains too and keeps it case-insensitive with tolower() (Falco has no istartswith)', () => {
    const text = rule('evt.type = execve and proc.name = systemctl and proc.args icontains Stop');
    const lines = ['systemctl STOP falco', 'systemctl falco Stop', 'systemctl reload x-StopWatch', 'systemctl stop'];
    const events = lintEvents(...lines);
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.message).toContain('proc.args icontains "Stop"');
    expect(h.rows).toEqual(['s3']);
    expect(h.fixes?.[0].edits[0].text).toBe('(tolower(proc.args) = "stop" or tolower(proc.args) startswith "stop " or proc.args icontains " Stop " or tolower(proc.args) endswith " stop")');
    const fixed = applyFix(text, h.fixes![0]);
    const load = loadRules([{ name: 'r.yaml', content: fixed }]);
    expect(load.errors).toEqual([]);
    expect(events.map((e) => load.rules[0].filter!.evaluate(e.event))).toEqual([true, true, false, true]);
    expect(byCode(lintRules({ rulesText: fixed, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS')).toEqual([]);
  });

  it('anchors an icontains option at the start of an argument, case-insensitively', () => {
    const text = rule('evt.type = execve and proc.args icontains "-F"');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.map((f) => f.edits[0].text)).toEqual(['(tolower(proc.args) startswith "-f" or proc.args icontains " -F")']);
  });

  it('anchors options only at their start (they may be glued to their value)', () => {
    const text = rule('evt.type = execve and proc.args contains "-F"');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.map((f) => f.edits[0].text)).toEqual(['(proc.args startswith "-F" or proc.args contains " -F")']);
  });

  it('prefers a word-start anchor for names seen with a suffix (falco.service)', () => {
    const text = rule('evt.type = execve and proc.args contains falco');
    const events = lintEvents('systemctl stop falco.service');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml', events }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.[0].edits[0].text).toBe('(proc.args startswith "falco" or proc.args contains " falco")');
  });

  it('uses contains/endswith only on proc.cmdline (it starts with the program name)', () => {
    const text = rule('evt.type = execve and proc.cmdline contains stop');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.[0].edits[0].text).toBe('(proc.cmdline contains " stop " or proc.cmdline endswith " stop")');
  });

  it('leaves already anchored and long values alone', () => {
    const text = rule('evt.type = execve and (proc.args contains " stop " or proc.args contains "rm -rf /")');
    expect(byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_UNANCHORED_CONTAINS')).toEqual([]);
  });

  it('escapes the fix inside a double-quoted YAML scalar', () => {
    const text = rule('"evt.type = execve and proc.args contains stop"');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.fixes?.[0].edits[0].text).toContain('proc.args startswith \\"stop \\"');
  });
});

describe('comm truncation', () => {
  it('flags values longer than 15 bytes on proc.name, with a truncating fix', () => {
    const text = rule('evt.type = execve and proc.name in (kube-controller-manager, kubelet)');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_COMM_TRUNCATED');
    expect(slice(text, h.range)).toBe('kube-controller-manager');
    expect(h.fixes?.[0].edits[0].text).toBe('kube-controller');
  });

  it('flags list items used with proc.pname', () => {
    const text = '- list: gpu_tools\n  items: [nvidia-smi, nvidia-persistenced]\n' + rule('evt.type = execve and proc.pname in (gpu_tools)');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_COMM_TRUNCATED');
    expect(slice(text, h.range)).toBe('nvidia-persistenced');
    expect(h.fixes?.[0].edits[0].text).toBe('nvidia-persiste');
  });

  it('counts bytes, not characters', () => {
    const text = rule('evt.type = execve and proc.name = "ééééééééé"'); // 18 bytes, 9 characters
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_COMM_TRUNCATED');
    expect(h.fixes?.[0].edits[0].text).toBe('"ééééééé"');
  });

  it('is silent on aname with an index that fits', () => {
    const text = rule('evt.type = execve and proc.aname[2] = containerd-shim');
    expect(byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_COMM_TRUNCATED')).toEqual([]);
  });
});

describe('list references', () => {
  const lists = '- list: shell_binaries\n  items: [bash, sh, zsh]\n- list: one_item\n  items: [curl]\n';
  it('suggests the defined list for a misspelled name', () => {
    const text = lists + rule('evt.type = execve and proc.name in (shel_binaries)');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_MISSPELLED_LIST');
    expect(slice(text, h.range)).toBe('shel_binaries');
    expect(h.fixes?.[0].edits[0].text).toBe('shell_binaries');
  });
  it('warns about `in list` without parentheses', () => {
    const text = lists + rule('evt.type = execve and proc.name in shell_binaries');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_LIST_WITHOUT_PARENS');
    expect(h.severity).toBe('warning');
    expect(applyFix(text, h.fixes![0])).toContain('proc.name in (shell_binaries)');
  });
  it('notes a one-item list that works by accident', () => {
    const text = lists + rule('evt.type = execve and proc.name in one_item');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_LIST_WITHOUT_PARENS');
    expect(h.severity).toBe('info');
  });
  it('sees lists from the loader (base files)', () => {
    const text = rule('evt.type = execve and proc.name in (shell_binarie)');
    const hints = lintRules({ rulesText: text, file: 'r.yaml', load: { lists: [{ name: 'shell_binaries', items: ['bash'] }] } });
    expect(byCode(hints, 'FRP_LINT_MISSPELLED_LIST')).toHaveLength(1);
  });
});

describe('missing values and negation', () => {
  it('explains != on proc.pname and offers both explicit forms', () => {
    const text = rule('evt.type = execve and proc.pname != sshd');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_NOT_EQUAL_MISSING_VALUE');
    expect(h.fixes?.map((f) => f.edits[0].text)).toEqual(['(proc.pname exists and proc.pname != sshd)', '(not proc.pname exists or proc.pname != sshd)']);
  });
  it('never raises a hint whose fix takes back the fix just applied', () => {
    // Verdicts on a process with parent bash, with parent sshd and with no known parent.
    const events = [
      { sampleId: 'bash', label: 'bash', event: execEvent(['ls']) },
      { sampleId: 'sshd', label: 'sshd', event: execEvent(['ls'], { ...bashParent(), exe: '/usr/sbin/sshd', comm: 'sshd' }) },
      { sampleId: 'none', label: 'none', event: execEvent(['ls'], null) },
    ];
    const verdicts = (t: string) => {
      const load = loadRules([{ name: 'r.yaml', content: t }]);
      expect(load.errors.map((e) => e.message), t).toEqual([]);
      return events.map((e) => load.rules[0].filter!.evaluate(e.event)).join();
    };
    const codes = ['FRP_LINT_NOT_EQUAL_MISSING_VALUE', 'FRP_LINT_NEGATION_MISSING_VALUE', 'FRP_LINT_ANCESTOR_NOT_EQUAL'];
    for (const cond of ['evt.type = execve and proc.pname != sshd', 'evt.type = execve and not proc.pname = sshd', 'evt.type = execve and not proc.pname in (sshd, sudo)', 'evt.type = execve and proc.aname != sshd']) {
      const t0 = rule(cond);
      const v0 = verdicts(t0);
      for (const h of lintRules({ rulesText: t0, file: 'r.yaml' }).filter((x) => codes.includes(x.code))) {
        for (const fix of h.fixes!) {
          const t1 = applyFix(t0, fix);
          const v1 = verdicts(t1);
          const again = lintRules({ rulesText: t1, file: 'r.yaml' }).filter((x) => codes.includes(x.code));
          // The fixed text is settled: no hint of the family on it...
          expect(again.map((x) => `${x.code} ${slice(t1, x.range)}`), `${cond} / ${fix.title}`).toEqual([]);
          // ...and a fix that changed verdicts does not come back through another hint.
          for (const x of lintRules({ rulesText: t1, file: 'r.yaml' })) {
            for (const f2 of x.fixes ?? []) {
              const t2 = applyFix(t1, f2);
              if (v1 !== v0 && t2 !== t1) expect(verdicts(t2), `${cond} / ${fix.title} / ${f2.title}`).not.toBe(v0);
            }
          }
        }
      }
    }
  });
  it('asks for an exists guard on not proc.pname in (...)', () => {
    const text = rule('evt.type = execve and proc.name = bash and not proc.pname in (sshd, sudo)');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_NEGATION_MISSING_VALUE');
    expect(slice(text, h.range)).toBe('not proc.pname in (sshd, sudo)');
    expect(applyFix(text, h.fixes![0])).toContain('proc.name = bash and (proc.pname exists and not proc.pname in (sshd, sudo))');
  });
  it('is satisfied by an existing guard', () => {
    const text = rule('evt.type = execve and proc.pname exists and not proc.pname in (sshd, sudo)');
    expect(byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_NEGATION_MISSING_VALUE')).toEqual([]);
  });
  it('flags ancestor != without index', () => {
    const text = rule('evt.type = execve and proc.aname != bash');
    const [h] = byCode(lintRules({ rulesText: text, file: 'r.yaml' }), 'FRP_LINT_ANCESTOR_NOT_EQUAL');
    expect(h.fixes?.[0].edits[0].text).toBe('not proc.aname = bash');
  });
});

describe('other traps', () => {
  const codes = (cond: string) => lintRules({ rulesText: rule(cond), file: 'r.yaml' }).map((h) => h.code);
  it.each([
    ['evt.type = execve and proc.cmdline regex curl', 'FRP_LINT_REGEX_FULL_MATCH'],
    ['evt.type = execve and proc.cmdline regex .*\\d+.*', 'FRP_LINT_REGEX_PERL_CLASS'],
    ['evt.type = execve and proc.exepath glob "/tmp/*"', 'FRP_LINT_GLOB_CROSSES_SLASH'],
    ['evt.type = execve and proc.name = proc.pname', 'FRP_LINT_FIELD_AS_VALUE'],
    ['evt.type = execve and evt.dir = < and proc.name = bash', 'FRP_LINT_EVT_DIR'],
    ['evt.type = execve and proc.args contains \'"-F test"\'', 'FRP_LINT_QUOTES_IN_ARGS'],
    ['evt.type = execve and proc.cmdline startswith /usr/bin/python3', 'FRP_LINT_CMDLINE_STARTS_WITH_PATH'],
    ['evt.type = execve and proc.name = /usr/bin/curl', 'FRP_LINT_NAME_WITH_PATH'],
    ['evt.type = execve and proc.exe startswith /usr/bin/', 'FRP_LINT_EXE_IS_ARGV0'],
    ['evt.type = execve and proc.exepath = /bin/sh', 'FRP_LINT_EXEPATH_SYMLINK'],
    ['evt.type = execve and proc.name = service and proc.args startswith "falco "', 'FRP_LINT_SCRIPT_INTERPRETER'],
    ['evt.type = execve and proc.name in (egrep, fgrep) and proc.args = "-r x"', 'FRP_LINT_SCRIPT_INTERPRETER'],
  ])('%s → %s', (cond, code) => {
    expect(codes(cond)).toContain(code);
  });
  it('removes an always-true evt.dir check from an and-chain', () => {
    const text = rule('evt.type = execve and evt.dir = < and proc.name = bash');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_EVT_DIR')!;
    expect(applyFix(text, h.fixes![0])).toContain('condition: evt.type = execve and proc.name = bash');
  });
});

describe('output and tag style', () => {
  it('asks for maturity first and moves it there', () => {
    const text = rule('evt.type = execve and proc.name = bash').replace('[maturity_sandbox, host,', '[host, maturity_sandbox,');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_TAGS_MATURITY_FIRST')!;
    expect(applyFix(text, h.fixes![0])).toContain('tags: [maturity_sandbox, host, process');
  });
  it('removes a network tag from a block sequence', () => {
    const text = rule('spawned_process and proc.name = bash').replace(/  tags: \[.*\]/, '  tags:\n    - maturity_sandbox\n    - network\n    - host');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_TAGS_NETWORK')!;
    expect(applyFix(text, h.fixes![0])).toContain('    - maturity_sandbox\n    - host');
  });
  it('keeps the network tag when the rule inspects connections', () => {
    const text = rule('evt.type = connect and fd.sport = 4444').replace('process,', 'network,');
    expect(lintRules({ rulesText: text, file: 'r.yaml' }).map((h) => h.code)).not.toContain('FRP_LINT_TAGS_NETWORK');
  });
  it('lists missing standard output fields', () => {
    const text = rule('spawned_process and proc.name = bash').replace(/  output: .*/, '  output: Shell | command=%proc.cmdline');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_OUTPUT_STANDARD_FIELDS')!;
    expect(applyFix(text, h.fixes![0])).toContain('command=%proc.cmdline evt_type=%evt.type user=%user.name');
  });
});

describe('robustness', () => {
  it.each(['', 'not yaml: [', '- rule: x\n  condition: (((', '- 1\n- [a]\n- rule: {a: b}', '- macro: m\n  condition: "a and"'])(
    'never throws on %j',
    (t) => {
      expect(Array.isArray(lintRules({ rulesText: t, file: 'r.yaml' }))).toBe(true);
    },
  );
});

describe('structure and naming style', () => {
  const base = '- macro: spawned_process\n  condition: (evt.type in (execve, execveat))\n';
  it.each([
    [rule('evt.type = execve and proc.name = bash').replace('Test Rule', 'test rule'), 'FRP_LINT_RULE_NAME'],
    [rule('evt.type = execve and proc.name = bash').replace('A test rule.', 'A test rule'), 'FRP_LINT_DESC_PERIOD'],
    [rule('evt.type = execve and proc.name = bash').replace('WARNING', 'DEBUG'), 'FRP_LINT_PRIORITY_DEBUG'],
    ['- macro: MyMacro\n  condition: proc.name = x\n', 'FRP_LINT_NAME_STYLE'],
    [base + rule('evt.type in (execve, execveat) and proc.name = bash'), 'FRP_LINT_USE_SPAWNED_PROCESS'],
    [rule('evt.type = execve and not not proc.name = bash'), 'FRP_LINT_DOUBLE_NEGATION'],
    [rule('proc.name = bash and evt.type = execve'), 'FRP_LINT_EVTTYPE_FIRST'],
    ['- rule: R\n  condition: evt.type = execve\n  desc: d.\n  output: o\n  priority: INFO\n', 'FRP_LINT_KEY_ORDER'],
  ])('%#: %s', (text, code) => {
    expect(lintRules({ rulesText: text, file: 'r.yaml' }).map((h) => h.code)).toContain(code);
  });
  it('adds the missing period to a folded description', () => {
    const text = rule('evt.type = execve and proc.name = bash').replace('  desc: A test rule.', '  desc: >\n    A test rule\n    on two lines\n');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_DESC_PERIOD')!;
    expect(applyFix(text, h.fixes![0])).toContain('    on two lines.\n');
  });
  it('says nothing about a well-formed rule', () => {
    const text = base + rule('spawned_process and proc.name = bash');
    const codes = lintRules({ rulesText: text, file: 'r.yaml' }).map((h) => h.code);
    expect(codes.filter((c) => /RULE_NAME|KEY_ORDER|DESC_PERIOD|NAME_STYLE|SPAWNED|EVTTYPE_FIRST/.test(c))).toEqual([]);
  });
});

describe('upstream-style corner cases', () => {
  it('measures quoted list items without their quotes', () => {
    const text = `- list: tools\n  items: ['"75-system-updat"', '"a-very-long-program-name"']\n` + rule('evt.type = execve and proc.name in (tools)');
    const hints = lintRules({ rulesText: text, file: 'r.yaml' }).filter((h) => h.code === 'FRP_LINT_COMM_TRUNCATED');
    expect(hints.map((h) => slice(text, h.range))).toEqual([`'"a-very-long-program-name"'`]);
    expect(hints[0].fixes?.[0].edits[0].text).toBe(`'"a-very-long-pro"'`);
  });
  it('points proc.pname with arguments to proc.pcmdline', () => {
    const text = rule('evt.type = execve and proc.pname startswith "bash /var/lib/waagent/"');
    const h = lintRules({ rulesText: text, file: 'r.yaml' }).find((x) => x.code === 'FRP_LINT_NAME_WITH_SPACES')!;
    expect(h.fixes?.[0].edits[0].text).toBe('proc.pcmdline startswith "bash /var/lib/waagent/"');
  });
});

describe('samples as input', () => {
  it('converts samples itself when no events are given', () => {
    const text = rule('evt.type = execve and proc.name = systemctl and proc.args contains stop');
    const [h] = lintRules({ rulesText: text, file: 'r.yaml', samples: [{ id: 'a', command: 'systemctl reload x-stopwatch' }] }).filter((x) => x.code === 'FRP_LINT_UNANCHORED_CONTAINS');
    expect(h.rows).toEqual(['a']);
  });
});

describe('scripts run through their interpreter', () => {
  const hintsOf = (text: string, load = false) =>
    byCode(lintRules({ rulesText: text, file: 'r.yaml', load: load ? loadRules([{ name: 'r.yaml', content: text }], { lenient: true }) : undefined }), 'FRP_LINT_SCRIPT_INTERPRETER');

  it('is about the checks in the same conjunction as proc.name = <script> only', () => {
    // The seed rule's systemctl branch, anchored: its startswith "stop " is not about service.
    const text = rule('evt.type = execve and ((proc.name = systemctl and proc.args startswith "stop ") or (proc.name = service and proc.args endswith " stop"))');
    expect(hintsOf(text)).toEqual([]);
    const seedFixed = applyFix(SEED_RULES_YAML, lintRules({ rulesText: SEED_RULES_YAML, file: 'rules.yaml' }).find((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && slice(SEED_RULES_YAML, h.range) === 'proc.args contains "stop"')!.fixes![0]);
    expect(seedFixed).toContain('proc.name = systemctl and (proc.args = "stop" or proc.args startswith "stop "');
    expect(byCode(lintRules({ rulesText: seedFixed, file: 'rules.yaml' }), 'FRP_LINT_SCRIPT_INTERPRETER')).toEqual([]);
  });

  it('adds the form the kernel gives a script (interpreter, script path, then the arguments)', () => {
    const lesson = findLesson('script-interpreter')!;
    const hints = hintsOf(lesson.rulesText);
    expect(hints.map((h) => slice(lesson.rulesText, h.range))).toEqual(['proc.args startswith "falco "', 'proc.args startswith "auditd "']);
    expect(hints[0].message).toContain('proc.exe /bin/sh and proc.args "/usr/sbin/service ..."');
    expect(hints[0].fixes![0].edits[0].text).toBe('(proc.args startswith "falco " or proc.args startswith "/usr/sbin/service falco ")');
    let text = lesson.rulesText;
    for (let h = hintsOf(text)[0], n = 0; h && n < 5; h = hintsOf(text)[0], n++) text = applyFix(text, h.fixes![0]);
    expect(hintsOf(text)).toEqual([]);
    expect(lessonScore(lesson, lesson.rulesText).done).toBe(false);
    expect(lessonScore(lesson, text).done).toBe(true);
    // The reference solution (contains " falco " next to the startswith) is not flagged.
    expect(hintsOf(lesson.solution)).toEqual([]);
  });

  it('shifts indexed arguments and rewrites proc.cmdline the same way', () => {
    const indexed = rule('evt.type = execve and proc.name = service and proc.args[0] = falco');
    const [h] = hintsOf(indexed);
    expect(h.fixes![0].edits[0].text).toBe('(proc.args[0] = falco or proc.args[1] = "falco")');
    const cmdline = rule('evt.type = execve and proc.cmdline startswith "service falco "');
    const [c] = hintsOf(cmdline);
    expect(c.fixes![0].edits[0].text).toBe('(proc.cmdline startswith "service falco " or proc.cmdline startswith "service /usr/sbin/service falco ")');
    const events = lintEvents('service falco stop');
    for (const text of [indexed, cmdline]) {
      const before = loadRules([{ name: 'r.yaml', content: text }]);
      const fixedText = applyFix(text, hintsOf(text)[0].fixes![0]);
      const after = loadRules([{ name: 'r.yaml', content: fixedText }]);
      const sample = cachedEvents([{ id: 'svc', command: 'service falco stop' }])[0].event;
      expect(before.rules[0].filter!.evaluate(sample), text).toBe(false);
      expect(after.rules[0].filter!.evaluate(sample), text).toBe(true);
      // The binary form (script: off) still matches.
      const binary = cachedEvents([{ id: 'b', command: 'service falco stop', script: 'off' }])[0].event;
      expect(after.rules[0].filter!.evaluate(binary), text).toBe(true);
      expect(hintsOf(fixedText)).toEqual([]);
      expect(events).toHaveLength(1);
    }
  });

  it('falls back to "after a space" for a script the sample model has no path for', () => {
    const text = rule('evt.type = execve and proc.name = invoke-rc.d and proc.args startswith "falco "');
    const [h] = hintsOf(text);
    expect(h.fixes![0].edits[0].text).toBe('(proc.args startswith "falco " or proc.args contains " falco ")');
    expect(hintsOf(applyFix(text, h.fixes![0]))).toEqual([]);
  });
});

describe('every quick fix on the lessons', () => {
  it.each(LESSONS.flatMap((l) => [[`${l.id} (start)`, l, l.rulesText], [`${l.id} (solution)`, l, l.solution]] as const))('%s: each fix loads, and removes its hint', (_name, lesson, text) => {
    const files = (t: string) => [...baseFiles(lesson.base), { name: 'rules.yaml', content: t }];
    const lintText = (t: string) => lintRules({ rulesText: t, file: 'rules.yaml', load: loadRules(files(t), { lenient: true }), samples: lesson.samples });
    const before = lintText(text);
    const errorsBefore = loadRules(files(text), { lenient: true }).errors.length;
    for (const h of before) {
      for (const fix of h.fixes ?? []) {
        const out = applyFix(text, fix);
        expect(out, `${h.code}: ${fix.title}`).not.toBe(text);
        expect(loadRules(files(out), { lenient: true }).errors.length, `${h.code}: ${fix.title}`).toBeLessThanOrEqual(errorsBefore);
        const same = (x: LintHint) => x.code === h.code && slice(out, x.range) === slice(text, h.range) && x.range.start === h.range.start;
        expect(lintText(out).filter(same).map((x) => x.message), `${h.code}: ${fix.title}`).toEqual([]);
      }
    }
  });
});
