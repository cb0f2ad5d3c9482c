import { useEffect } from 'react';
import type { Lesson } from '../../lessons';
import { lessonFromHash } from './workspace';

/**
 * Opens a lesson when the page is loaded with `#lesson=<id>` or the fragment changes to one.
 * Unknown ids are ignored (the page stays as it is).
 */
export function useLessonLink(onOpenLesson: (lesson: Lesson) => void): void {
  useEffect(() => {
    const check = () => {
      const lesson = lessonFromHash(window.location.hash);
      if (lesson) onOpenLesson(lesson);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [onOpenLesson]);
}
