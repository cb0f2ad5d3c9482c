/**
 * The lessons feature's place on the page and its header button. Its code (the lessons, their
 * scoring, the menu and banner: ConnectedLessons.tsx) is fetched the first time it is needed: a
 * lesson is open (kept across reloads), the menu is asked for, or the address is a `#lesson=`
 * link. Once mounted it stays, so the menu dialog's close() returns the focus where it was.
 */
import { Suspense, useEffect, useState } from 'react';
import { lessonIdFromHash } from '../../lessons/link';
import { lazyNamed } from '../lazy/lazy-module';
import { afterRegexEngine } from '../lazy/regex-engine';
import { useLessonUi } from './lesson-ui-store';
import './lessons.css';

// Scoring a lesson loads its rules: the code comes with RE2.
const ConnectedLessons = lazyNamed(() => afterRegexEngine(import('./ConnectedLessons')), 'ConnectedLessons');

const lessonLinked = () => lessonIdFromHash(window.location.hash) !== null;

export function LessonsLayer() {
  const inUse = useLessonUi((s) => s.activeLessonId !== null || s.menuOpen);
  const [linked, setLinked] = useState(lessonLinked);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const onHash = () => { if (lessonLinked()) setLinked(true); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if ((inUse || linked) && !mounted) setMounted(true);
  if (!mounted && !inUse && !linked) return null;
  return <Suspense fallback={null}><ConnectedLessons /></Suspense>;
}

/** Header button that opens the lessons menu. */
export function LessonsButton() {
  const setMenuOpen = useLessonUi((s) => s.setMenuOpen);
  return (
    <button type="button" className="link-button" onClick={() => setMenuOpen(true)}>
      Lessons
    </button>
  );
}
