/**
 * Opens the shortcuts panel with `?`, F1 or Ctrl+/ — but not inside the rules editor, where F1 is
 * Monaco's command palette and Ctrl+/ comments a line, and not while typing in a text field, where
 * `?` is just a character.
 */
import { useEffect } from 'react';
import { useHelpPanel } from './help-store';

export function isHelpKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (e.altKey) return false;
  if (e.key === 'F1') return !e.ctrlKey && !e.metaKey;
  if (e.key === '/') return e.ctrlKey || e.metaKey;
  return e.key === '?' && !e.ctrlKey && !e.metaKey;
}

function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export function useHelpShortcut(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isHelpKey(e) || typingTarget(e.target)) return;
      e.preventDefault(); // F1 would open the browser's own help
      useHelpPanel.getState().setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
