import { describe, expect, it } from 'vitest';
import { LESSONS, findLesson, lessonHash, lessonIdFromHash, lessonScore, readProgress, recordAttempt, resetLesson, solvedCount, type StorageLike } from '../../src/lessons';
import { lintRules } from '../../src/engine/lint';

describe('built-in lessons', () => {
  it('has at least seven lessons with unique ids and complete content', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      expect(l.hints.length, l.id).toBeGreaterThan(0);
      expect(l.goal && l.explanation && l.summary && l.title, l.id).toBeTruthy();
      expect(l.samples.every((s) => s.expect?.[l.ruleName]), l.id).toBe(true);
      expect(findLesson(l.id)).toBe(l);
    }
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: the reference solution turns every row green', (_id, lesson) => {
    const s = lessonScore(lesson, lesson.solution);
    expect(s.error).toBeUndefined();
    expect(s.rows.filter((r) => r.outcome !== 'tp' && r.outcome !== 'tn')).toEqual([]);
    expect(s.done).toBe(true);
    expect(s.tp + s.tn).toBe(lesson.samples.length);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: the starting point does not', (_id, lesson) => {
    const s = lessonScore(lesson, lesson.rulesText);
    expect(s.error).toBeUndefined();
    expect(s.done).toBe(false);
    expect(s.fp + s.fn).toBeGreaterThan(0);
  });

  it('scores a broken file as an error, not a crash', () => {
    const s = lessonScore(LESSONS[0], '- rule: [');
    expect(s.done).toBe(false);
    expect(s.error).toBeTruthy();
    expect(s.rows.every((r) => r.outcome === 'error')).toBe(true);
  });

  it('needs the lesson rule to be present', () => {
    const s = lessonScore(LESSONS[1], '- list: x\n  items: [a]\n');
    expect(s.error).toMatch(/no rule named/);
  });

  // The linter points at the trap of each lesson whose trap it can see in the text.
  it.each([
    ['substring-stopwatch', 'FRP_LINT_UNANCHORED_CONTAINS'],
    ['comm-truncation', 'FRP_LINT_COMM_TRUNCATED'],
    ['negation-missing', 'FRP_LINT_NEGATION_MISSING_VALUE'],
    ['misspelled-list', 'FRP_LINT_MISSPELLED_LIST'],
    ['glob-slash-case', 'FRP_LINT_GLOB_CROSSES_SLASH'],
    ['script-interpreter', 'FRP_LINT_SCRIPT_INTERPRETER'],
  ])('%s: the linter flags the trap (%s)', (id, code) => {
    const lesson = findLesson(id)!;
    const codes = lintRules({ rulesText: lesson.rulesText, file: 'rules.yaml' }).map((h) => h.code);
    expect(codes).toContain(code);
  });
});

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('lesson progress', () => {
  it('records drafts and keeps a solved lesson solved', () => {
    const st = new MemoryStorage();
    recordAttempt(st, 'a', 'v1', false, 1);
    recordAttempt(st, 'a', 'v2', true, 2);
    recordAttempt(st, 'a', 'v3', false, 3);
    const p = readProgress(st);
    expect(p.a).toEqual({ done: true, updatedAt: 3, draft: 'v3' });
    expect(solvedCount(p)).toBe(1);
    expect(resetLesson(st, 'a')).toEqual({});
  });

  it('survives corrupted and failing storage', () => {
    const st = new MemoryStorage();
    st.setItem('frp.lessons.v1', '{not json');
    expect(readProgress(st)).toEqual({});
    st.setItem('frp.lessons.v1', JSON.stringify({ a: { done: 'yes', updatedAt: 'x' }, b: 7 }));
    expect(readProgress(st)).toEqual({ a: { done: false, updatedAt: 0 } });
    const failing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(readProgress(failing)).toEqual({});
    expect(() => recordAttempt(failing, 'a', 'x', true)).not.toThrow();
    expect(readProgress(undefined)).toEqual({});
  });
});

describe('lesson links', () => {
  it.each([
    ['#lesson=comm-truncation', 'comm-truncation'],
    ['lesson=negation-missing', 'negation-missing'],
    ['#x=1&lesson=misspelled-list', 'misspelled-list'],
    ['#v1.abcdef', null],
    ['#lesson=', null],
    ['#lesson=<script>', null],
  ])('%s → %s', (hash, id) => {
    expect(lessonIdFromHash(hash)).toBe(id);
  });
  it('round-trips', () => {
    for (const l of LESSONS) expect(lessonIdFromHash(lessonHash(l.id))).toBe(l.id);
  });
});

describe('lesson requirements', () => {
  it('the exceptions lesson is not solved by editing the condition', () => {
    const lesson = findLesson('tuning-exceptions')!;
    const edited = lesson.rulesText.replace('proc.name in (shell_binaries)', 'proc.name in (shell_binaries) and not proc.args = /usr/local/bin/healthcheck.sh');
    const s = lessonScore(lesson, edited);
    expect(s.fp + s.fn).toBe(0);
    expect(s.unmet).toMatch(/Keep the condition/);
    expect(s.done).toBe(false);
    expect(lessonScore(lesson, lesson.solution).unmet).toBeUndefined();
  });
});
