import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { importCommandLines } from '../../engine/import';
import { appendSamples, combineRulesFiles, problemLines, rejectedLines } from './import-samples';

describe('appendSamples', () => {
  it('keeps existing samples and gives each imported one an id not used before', () => {
    const existing = [{ id: 's1', command: 'ls' }];
    const { samples, added } = appendSamples(existing, [{ id: 's1', command: 'id' }, { id: 's1', command: 'pwd' }]);
    expect(samples.map((s) => s.command)).toEqual(['ls', 'id', 'pwd']);
    expect(new Set(samples.map((s) => s.id)).size).toBe(3);
    expect(added).toEqual([samples[1].id, samples[2].id]);
  });
});

describe('combineRulesFiles', () => {
  it('returns a single file unchanged', () => {
    expect(combineRulesFiles([{ name: 'a.yaml', content: '- list: a\n  items: []\n' }])).toBe('- list: a\n  items: []\n');
  });

  it('concatenates files in order into one YAML sequence, each under a comment naming it', () => {
    const text = combineRulesFiles([
      { name: 'a.yaml', content: '---\n- list: a\n  items: [x]\n\n' },
      { name: 'b.yaml', content: '- list: a\n  items: [y]\n  append: true\n' },
    ]);
    expect(text.indexOf('# ---- a.yaml')).toBeLessThan(text.indexOf('# ---- b.yaml'));
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toEqual([{ list: 'a', items: ['x'] }, { list: 'a', items: ['y'], append: true }]);
  });
});

describe('problemLines', () => {
  it('lists each rejected line while the good ones import', () => {
    const r = importCommandLines('ls -l\necho "unterminated\nid\n');
    expect(r.samples.map((s) => s.command)).toEqual(['ls -l', 'id']);
    const lines = problemLines(r.diagnostics);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Line 2:/);
  });
});

describe('rejectedLines', () => {
  it('keeps only the lines a problem points at, so they can be fixed and imported again', () => {
    const text = 'ls -l\necho "unterminated\nid\nprintf \'x\n';
    const r = importCommandLines(text);
    expect(rejectedLines(text, r.diagnostics.map((d) => d.range))).toBe('echo "unterminated\nprintf \'x\n');
    expect(rejectedLines('ls\n', [])).toBe('');
  });

  it('a file of 100,000 lines half of them broken is answered in well under a second', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'echo "open' : `ls ${i}`)).join('\n');
    const r = importCommandLines(text);
    expect(r.diagnostics).toHaveLength(50_000);
    const t0 = performance.now();
    const left = rejectedLines(text, r.diagnostics.map((d) => d.range));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(left.split('\n').filter(Boolean)).toHaveLength(50_000);
  });

  it('agrees with testing every range against every line', () => {
    const text = 'a\nbb\n\nccc\nd\neeee\n';
    const naive = (ranges: { start: number; end: number }[]) => {
      const out: string[] = [];
      let o = 0;
      for (const line of text.split('\n')) {
        const st = o; const en = o + line.length; o = en + 1;
        if (ranges.some((x) => x.start <= en && x.end >= st)) out.push(line);
      }
      return out.length ? `${out.join('\n')}\n` : '';
    };
    for (let seed = 0; seed < 300; seed++) {
      const ranges = Array.from({ length: seed % 5 }, (_, k) => {
        const a = (seed * 7 + k * 13) % text.length;
        return { start: a, end: Math.min(text.length, a + ((seed + k) % 6)) };
      });
      expect(rejectedLines(text, ranges)).toBe(naive(ranges));
    }
  });
});

