/**
 * Downloads of the work on screen, for when it cannot be kept in this browser (the notices of
 * WorkNotice.tsx and the Share dialog). Fetched on click: the samples writer stays out of the code
 * the first verdicts wait for.
 */
import { SEED_RULES_FILE_NAME as USER_RULES_FILE } from '../../engine/sample/seed';
import { useAppStore } from '../../state/store';
import { downloadText, SAMPLES_FILE_NAME, samplesFileText } from '../import/export-files';

export const WORK_FILES = { rules: USER_RULES_FILE, samples: SAMPLES_FILE_NAME } as const;

export function downloadWork(which: keyof typeof WORK_FILES): void {
  const s = useAppStore.getState();
  if (which === 'rules') downloadText(USER_RULES_FILE, s.rulesText);
  else downloadText(SAMPLES_FILE_NAME, samplesFileText(s.samples, s.sampleDefaults));
}
