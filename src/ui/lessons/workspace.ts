import { findLesson, lessonIdFromHash, type Lesson } from '../../lessons';
import type { Sample } from '../../engine/sample';

/** What the store must hold to show a lesson: its text, its rows, its base and its rule. */
export interface LessonWorkspace {
  rulesText: string;
  samples: Sample[];
  base: 'stock' | 'none';
  selectedRule: string;
}

/** A fresh copy of the lesson's starting point (samples are cloned: the table edits them). */
export function lessonWorkspace(lesson: Lesson, draft?: string): LessonWorkspace {
  return {
    rulesText: draft ?? lesson.rulesText,
    samples: lesson.samples.map((s) => structuredClone(s)),
    base: lesson.base,
    selectedRule: lesson.ruleName,
  };
}

/** The lesson a URL fragment asks for, if it names a known one. */
export function lessonFromHash(hash: string): Lesson | undefined {
  const id = lessonIdFromHash(hash);
  return id ? findLesson(id) : undefined;
}
