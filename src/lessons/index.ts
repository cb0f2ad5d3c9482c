export type { Lesson } from './types';
export { LESSONS, findLesson } from './catalog';
export { lessonScore } from './score';
export type { LessonScore, LessonRowScore, RowOutcome } from './score';
export { readProgress, recordAttempt, resetLesson, solvedCount } from './progress';
export type { LessonProgress, LessonProgressEntry, StorageLike } from './progress';
export { lessonIdFromHash, lessonHash } from './link';
