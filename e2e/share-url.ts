// Share links for tests, built with the app's real codec (never hand-made strings).
import { encodeState, type ShareState } from '../src/share';

export function shareFragment(state: Omit<ShareState, 'v'>): string {
  return `#${encodeState({ v: 1, ...state })}`;
}
