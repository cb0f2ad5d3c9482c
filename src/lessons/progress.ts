/**
 * Lesson progress kept in the browser (or any Storage-like object the host injects): which
 * lessons are solved, and the learner's own text per lesson so leaving and coming back keeps it.
 * Tolerates missing, full or corrupted storage: reads fall back to "nothing saved", writes that
 * fail are ignored.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LessonProgressEntry {
  done: boolean;
  /** Epoch ms of the last change. */
  updatedAt: number;
  /** The learner's last text for this lesson. */
  draft?: string;
}

export type LessonProgress = Record<string, LessonProgressEntry>;

const KEY = 'frp.lessons.v1';
const MAX_DRAFT = 200_000;

export function readProgress(storage: StorageLike | undefined): LessonProgress {
  if (!storage) return {};
  let raw: string | null = null;
  try {
    raw = storage.getItem(KEY);
  } catch {
    return {};
  }
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: LessonProgress = {};
    for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (!v || typeof v !== 'object') continue;
      const e = v as Record<string, unknown>;
      out[id] = {
        done: e.done === true,
        updatedAt: typeof e.updatedAt === 'number' ? e.updatedAt : 0,
        ...(typeof e.draft === 'string' ? { draft: e.draft } : {}),
      };
    }
    return out;
  } catch {
    return {};
  }
}

function write(storage: StorageLike | undefined, p: LessonProgress): void {
  if (!storage) return;
  try {
    storage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Quota exceeded or storage disabled: progress is a convenience, not worth an error.
  }
}

/** Records a result; once solved, a lesson stays solved even if the learner keeps editing. */
export function recordAttempt(storage: StorageLike | undefined, lessonId: string, rulesText: string, done: boolean, now = Date.now()): LessonProgress {
  const p = readProgress(storage);
  const prev = p[lessonId];
  p[lessonId] = {
    done: done || prev?.done === true,
    updatedAt: now,
    ...(rulesText.length <= MAX_DRAFT ? { draft: rulesText } : prev?.draft !== undefined ? { draft: prev.draft } : {}),
  };
  write(storage, p);
  return p;
}

export function resetLesson(storage: StorageLike | undefined, lessonId: string): LessonProgress {
  const p = readProgress(storage);
  delete p[lessonId];
  write(storage, p);
  return p;
}

export function solvedCount(p: LessonProgress): number {
  return Object.values(p).filter((e) => e.done).length;
}
