import { LESSONS, lessonHash, type Lesson, type LessonProgress } from '../../lessons';
import { ModalDialog } from '../tuning/ModalDialog';

export interface LessonsMenuProps {
  open: boolean;
  onClose: () => void;
  progress: LessonProgress;
  onOpenLesson: (lesson: Lesson) => void;
}

/** The lessons menu: every built-in lesson with its one-line summary and whether it is solved. */
export function LessonsMenu({ open, onClose, progress, onOpenLesson }: LessonsMenuProps) {
  const solved = LESSONS.filter((l) => progress[l.id]?.done).length;
  return (
    <ModalDialog open={open} onClose={onClose} title="Lessons" className="lessons-menu">
      <p className="muted">
        Short exercises on the traps that make Falco rules too noisy or too quiet. {solved} of {LESSONS.length} solved.
      </p>
      <ol className="lessons-list">
        {LESSONS.map((l) => {
          const done = progress[l.id]?.done === true;
          return (
            <li key={l.id} className="lesson-item">
              <button
                type="button"
                className="lesson-open"
                onClick={() => {
                  onOpenLesson(l);
                  onClose();
                }}
              >
                <span className="lesson-title">{l.title}</span>
                <span className="lesson-summary">{l.summary}</span>
              </button>
              <span className={`lesson-status ${done ? 'done' : ''}`}>
                {done ? (
                  <>
                    <span aria-hidden="true">✓</span> solved
                  </>
                ) : progress[l.id] ? (
                  'started'
                ) : (
                  'new'
                )}
              </span>
              <a className="lesson-link" href={lessonHash(l.id)} aria-label={`Link to the lesson ${l.title}`} title="Link to this lesson">
                link
              </a>
            </li>
          );
        })}
      </ol>
    </ModalDialog>
  );
}
