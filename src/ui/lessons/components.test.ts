import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findLesson, LESSONS } from '../../lessons';
import { lintRules } from '../../engine/lint';
import { SEED_RULES_YAML, SEED_RULE_NAME, SEED_SAMPLES } from '../../engine/sample/seed';
import { LessonBanner } from './LessonBanner';
import { LessonsMenu } from './LessonsMenu';
import { lessonFromHash, lessonWorkspace } from './workspace';
import { HintsList } from '../lint/HintsList';
import { AddExceptionDialog } from '../tuning/AddExceptionDialog';

const noop = () => undefined;

describe('lesson and tuning components render (server markup)', () => {
  it('the banner shows the goal and a live score', () => {
    const lesson = findLesson('misspelled-list')!;
    const start = renderToStaticMarkup(createElement(LessonBanner, { lesson, rulesText: lesson.rulesText, onRestart: noop, onShowSolution: noop, onExit: noop }));
    expect(start).toContain(lesson.goal);
    expect(start).toContain('1 of 3 rows right');
    const solved = renderToStaticMarkup(createElement(LessonBanner, { lesson, rulesText: lesson.solution, onRestart: noop, onShowSolution: noop, onExit: noop }));
    expect(solved).toContain('Solved: all 3 rows are right.');
    expect(solved).toContain(lesson.explanation.slice(0, 40));
  });

  it('the menu lists every lesson with its link', () => {
    const html = renderToStaticMarkup(createElement(LessonsMenu, { open: true, onClose: noop, progress: { 'comm-truncation': { done: true, updatedAt: 1 } }, onOpenLesson: noop }));
    for (const l of LESSONS) expect(html).toContain(`href="#lesson=${l.id}"`);
    expect(html).toContain('1 of 8 solved');
  });

  it('the hints list shows rows and fixes', () => {
    const hints = lintRules({ rulesText: SEED_RULES_YAML, file: 'rules.yaml' });
    const html = renderToStaticMarkup(createElement(HintsList, { hints, rulesText: SEED_RULES_YAML, onApplyFix: noop }));
    expect(html).toContain('aria-label="Hints"');
    expect(html).toContain('Match -F only at the start of an argument');
  });

  it('the exception dialog previews the flips of the first proposal', () => {
    const html = renderToStaticMarkup(
      createElement(AddExceptionDialog, {
        open: true, onClose: noop, rulesText: SEED_RULES_YAML, file: 'rules.yaml', base: 'stock', plugins: 'container',
        ruleName: SEED_RULE_NAME, sample: SEED_SAMPLES[2], samples: SEED_SAMPLES, onApply: noop,
      }),
    );
    expect(html).toContain('name: proc_name_args');
    expect(html).toContain('systemctl reload falco-helper-stopwatch.service');
    expect(html).toContain('1 row change');
  });

  it('lesson links and workspaces', () => {
    expect(lessonFromHash('#lesson=quotes-joined')?.id).toBe('quotes-joined');
    expect(lessonFromHash('#lesson=nope')).toBeUndefined();
    const l = findLesson('quotes-joined')!;
    const w = lessonWorkspace(l);
    expect(w.samples).toEqual(l.samples);
    expect(w.samples[0]).not.toBe(l.samples[0]);
    expect(w.selectedRule).toBe(l.ruleName);
  });
});
