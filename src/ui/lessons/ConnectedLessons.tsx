import { useCallback, useMemo } from 'react';
import { findLesson, readProgress, type Lesson, type StorageLike } from '../../lessons';
import { useAppStore } from '../../state/store';
import { LessonBanner } from './LessonBanner';
import { LessonsMenu } from './LessonsMenu';
import { useLessonLink } from './useLessonLink';
import { useLessonUi } from './lesson-ui-store';
import { lessonWorkspace } from './workspace';
import { replaceAddress } from '../../state/address';

function browserStorage(): StorageLike | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** Puts a lesson into the app store, setting the person's own work aside first. */
export function useOpenLesson(): (lesson: Lesson) => void {
  return useCallback((lesson: Lesson) => {
    const s = useAppStore.getState();
    const ui = useLessonUi.getState();
    const own = ui.activeLessonId
      ? null
      : { rulesText: s.rulesText, samples: s.samples, sampleDefaults: s.sampleDefaults, base: s.base, selectedRule: s.selectedRule };
    const draft = readProgress(browserStorage())[lesson.id]?.draft;
    const w = lessonWorkspace(lesson, draft);
    ui.enter(lesson.id, own);
    s.setSamples(w.samples, undefined);
    s.setBase(w.base);
    s.setRulesText(w.rulesText);
    s.selectRule(w.selectedRule);
    s.selectSample(null);
  }, []);
}

/**
 * Everything of the lessons feature but its header button, connected to the app store: the menu
 * dialog, the banner of the open lesson, and `#lesson=<id>` links. Mounted once, above the
 * workspace, by LessonsLayer.tsx when the lessons are first needed.
 */
export function ConnectedLessons() {
  const { activeLessonId, menuOpen, setMenuOpen } = useLessonUi();
  const rulesText = useAppStore((s) => s.rulesText);
  const openLesson = useOpenLesson();
  useLessonLink(openLesson);
  const storage = useMemo(browserStorage, []);
  const progress = useMemo(() => readProgress(storage), [storage, menuOpen, activeLessonId]);
  const lesson = activeLessonId ? findLesson(activeLessonId) : undefined;

  const exit = () => {
    const own = useLessonUi.getState().exit();
    if (own) {
      const s = useAppStore.getState();
      s.setSamples(own.samples, own.sampleDefaults);
      s.setBase(own.base);
      s.setRulesText(own.rulesText);
      s.selectRule(own.selectedRule);
    }
    if (typeof window !== 'undefined' && window.location.hash.startsWith('#lesson=')) {
      replaceAddress(window.location.pathname + window.location.search);
    }
  };

  return (
    <>
      <LessonsMenu open={menuOpen} onClose={() => setMenuOpen(false)} progress={progress} onOpenLesson={openLesson} />
      {lesson && (
        <LessonBanner
          lesson={lesson}
          rulesText={rulesText}
          storage={storage}
          onRestart={() => {
            const w = lessonWorkspace(lesson);
            const s = useAppStore.getState();
            s.setSamples(w.samples, undefined);
            s.setRulesText(w.rulesText);
            s.selectRule(w.selectedRule);
          }}
          onShowSolution={(text) => useAppStore.getState().setRulesText(text)}
          onExit={exit}
        />
      )}
    </>
  );
}
