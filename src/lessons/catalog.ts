import type { Lesson } from './types';
import { seedSubstringLesson } from './lessons/seed-substring';
import { commTruncationLesson } from './lessons/comm-truncation';
import { quotesJoinedLesson } from './lessons/quotes-joined';
import { negationMissingLesson } from './lessons/negation-missing';
import { misspelledListLesson } from './lessons/misspelled-list';
import { globSlashLesson } from './lessons/glob-slash';
import { scriptInterpreterLesson } from './lessons/script-interpreter';
import { tuningExceptionsLesson } from './lessons/tuning-exceptions';

/** The built-in lessons, in the order the menu lists them. */
export const LESSONS: readonly Lesson[] = [
  seedSubstringLesson,
  commTruncationLesson,
  quotesJoinedLesson,
  negationMissingLesson,
  misspelledListLesson,
  globSlashLesson,
  scriptInterpreterLesson,
  tuningExceptionsLesson,
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
