/**
 * Fuzz: the rules loader, the command-line splitter / sampleToEvent, the samples YAML parser and
 * the share-link decoder never throw on arbitrary input, and every message they return is placed
 * inside the text it is about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/engine/rules';
import { sampleToEvent, splitCommand } from '../../src/engine/sample';
import { parseSamplesYaml } from '../../src/engine/sample/yaml';
import { decodeState, encodeState } from '../../src/share';
import { commandText, rulesYaml, samplesYaml, validRange } from './arbitraries';

describe('fuzz: rules loader', () => {
  it('loads or reports, with ranges inside the file the message names', () => {
    fc.assert(fc.property(rulesYaml, fc.boolean(), (content, lenient) => {
      const files = [{ name: 'rules.yaml', content }];
      const r = loadRules(files, { lenient });
      for (const m of [...r.errors, ...r.warnings]) {
        expect(m.code).not.toBe('FRP_INTERNAL_ERROR');
        expect(validRange(m.range, content.length), `${m.code} ${JSON.stringify(m.range)}`).toBe(true);
      }
    }), { numRuns: 6_000 });
  });
});

describe('fuzz: command lines', () => {
  it('splitCommand never throws', () => {
    fc.assert(fc.property(commandText, fc.constantFrom('command', 'psLine') as fc.Arbitrary<'command' | 'psLine'>, (command, mode) => {
      splitCommand(command, () => undefined, mode);
    }), { numRuns: 40_000 });
  });

  it('sampleToEvent returns an event or an error with a range inside the command', () => {
    fc.assert(fc.property(commandText, fc.option(fc.string({ maxLength: 20 })), fc.option(fc.string({ maxLength: 20 })), (command, user, cwd) => {
      const sample = { id: 's', command, ...(user !== null ? { user } : {}), ...(cwd !== null ? { cwd } : {}) };
      const r = sampleToEvent(sample as never);
      if (!r.ok) expect(validRange(r.error.range, command.length), JSON.stringify(r.error)).toBe(true);
    }), { numRuns: 30_000 });
  });

  it('sampleToEvent survives samples of the wrong shape (tampered storage, hostile imports)', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('command', 'user', 'cwd', 'parent', 'tty', 'env', 'container', 'script', 'ancestors', 'id'),
      fc.anything({ maxDepth: 2 })), (obj) => {
      const r = sampleToEvent({ id: 'x', command: '', ...obj } as never);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 20_000 });
  });
});

describe('fuzz: samples YAML', () => {
  it('parses or reports, with ranges inside the text', () => {
    fc.assert(fc.property(samplesYaml, (text) => {
      const r = parseSamplesYaml(text);
      expect(Array.isArray(r.samples)).toBe(true);
      for (const d of r.diagnostics) expect(validRange(d.range, text.length), `${d.code} ${JSON.stringify(d.range)}`).toBe(true);
    }), { numRuns: 15_000 });
  });
});

describe('fuzz: share links', () => {
  it('decodes arbitrary fragments to a state or an error, never throws', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.base64String({ maxLength: 300 }).map((s) => `v1.${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`),
      fc.string({ maxLength: 100 }).map((s) => `v0.${s}`),
      fc.nat(99).map((n) => `v${n}.AAAA`),
    );
    fc.assert(fc.property(fragment, (f) => {
      const r = decodeState(f);
      if (!r.ok) expect(typeof r.error).toBe('string');
    }), { numRuns: 60_000 });
  });

  it('damaging a real link anywhere gives a state or an error', () => {
    const link = encodeState({ v: 1, rules: '- rule: R\n  condition: proc.name = a\n', base: 'stock', samplesYaml: '- iptables -F\n' });
    fc.assert(fc.property(fc.nat(link.length - 1), fc.string({ minLength: 0, maxLength: 3 }), fc.nat(link.length), (at, insert, cut) => {
      const damaged = (link.slice(0, at) + insert + link.slice(at + 1)).slice(0, Math.max(cut, 3));
      const r = decodeState(damaged);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 20_000 });
  });
});
