import { useEffect, useMemo, useState } from 'react';
import { lessonScore, recordAttempt, type Lesson, type StorageLike } from '../../lessons';
import { MAIN_THREAD_INLINED_NODES } from '../../worker/main-thread';

export interface LessonBannerProps {
  lesson: Lesson;
  /** The current editor text. */
  rulesText: string;
  /** Where progress is kept (window.localStorage in the app); omitted = not kept. */
  storage?: StorageLike;
  /** Put the lesson's starting text and samples back. */
  onRestart: () => void;
  /** Replace the editor text with the reference solution. */
  onShowSolution: (solutionText: string) => void;
  /** Leave the lesson (back to the learner's own work). */
  onExit: () => void;
}

/**
 * The banner above the workspace while a lesson is open: goal, live scoreboard (computed from the
 * editor text on every change), hints one at a time, and the explanation once every row is right.
 */
export function LessonBanner({ lesson, rulesText, storage, onRestart, onShowSolution, onExit }: LessonBannerProps) {
  const score = useMemo(() => lessonScore(lesson, rulesText, { maxInlinedNodes: MAIN_THREAD_INLINED_NODES }), [lesson, rulesText]);
  const [hintsShown, setHintsShown] = useState(0);
  const [explain, setExplain] = useState(false);
  useEffect(() => {
    setHintsShown(0);
    setExplain(false);
  }, [lesson.id]);
  useEffect(() => {
    recordAttempt(storage, lesson.id, rulesText, score.done);
  }, [storage, lesson.id, rulesText, score.done]);

  const right = score.tp + score.tn;
  const total = score.rows.length;
  return (
    <section className={`lesson-banner ${score.done ? 'is-done' : ''}`} aria-label={`Lesson: ${lesson.title}`}>
      <div className="lesson-banner-main">
        <h2 className="lesson-banner-title">
          <span className="muted">Lesson · </span>
          {lesson.title}
        </h2>
        <p className="lesson-goal">{lesson.goal}</p>
        <div className="lesson-score" role="status" aria-live="polite">
          {score.error ? (
            <span className="lesson-score-error">The rule does not load: {score.error}</span>
          ) : score.unmet && right === total ? (
            <span className="lesson-score-error">All rows are right, but: {score.unmet}</span>
          ) : score.done ? (
            <strong>
              <span aria-hidden="true">✓ </span>Solved: all {total} rows are right.
            </strong>
          ) : (
            <span>
              {right} of {total} rows right
            </span>
          )}
          <span className="lesson-counts">
            <span title="True positives: alerts that should fire">TP {score.tp} alerts</span>
            <span title="False positives: alerts that should not fire" className={score.fp ? 'bad' : ''}>FP {score.fp} false alarms</span>
            <span title="False negatives: alerts that should fire but do not" className={score.fn ? 'bad' : ''}>FN {score.fn} missed</span>
            <span title="True negatives: rightly silent">TN {score.tn} silent</span>
          </span>
        </div>
        {hintsShown > 0 && (
          <ol className="lesson-hints">
            {lesson.hints.slice(0, hintsShown).map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ol>
        )}
        {(score.done || explain) && <p className="lesson-explanation">{lesson.explanation}</p>}
      </div>
      <div className="lesson-actions">
        <button type="button" onClick={() => setHintsShown((n) => Math.min(n + 1, lesson.hints.length))} disabled={hintsShown >= lesson.hints.length}>
          {hintsShown === 0 ? 'Hint' : hintsShown < lesson.hints.length ? 'Another hint' : 'No more hints'}
        </button>
        {!score.done && (
          <button type="button" onClick={() => setExplain((v) => !v)}>
            {explain ? 'Hide explanation' : 'Explain'}
          </button>
        )}
        <button type="button" onClick={() => onShowSolution(lesson.solution)}>
          Show solution
        </button>
        <button type="button" onClick={onRestart}>
          Restart
        </button>
        <button type="button" onClick={onExit}>
          Exit lesson
        </button>
      </div>
    </section>
  );
}
