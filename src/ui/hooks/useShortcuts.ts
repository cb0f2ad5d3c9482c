/**
 * Page-wide shortcuts: Alt+N focuses the new-sample box; Alt+Up / Alt+Down select the previous /
 * next sample. Alt+Up/Down are left to Monaco (move line) while the editor has focus.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { effectiveSampleId } from '../../state/selectors';
import { ADD_SAMPLE_INPUT_ID } from '../samples/AddSamples';

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (e.code === 'KeyN') {
        const input = document.getElementById(ADD_SAMPLE_INPUT_ID);
        if (input) {
          e.preventDefault();
          input.focus();
        }
        return;
      }
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      if (target?.closest('.monaco-editor')) return;
      e.preventDefault();
      const store = useAppStore.getState();
      store.moveSampleSelection(e.key === 'ArrowUp' ? -1 : 1);
      const id = effectiveSampleId(useAppStore.getState());
      const row = id ? document.querySelector(`tr[data-sample-id="${CSS.escape(id)}"]`) : null;
      row?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
