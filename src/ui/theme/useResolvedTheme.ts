import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../state/store';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mql = window.matchMedia(query);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/** 'light' or 'dark': the person's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const pref = useAppStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
  if (pref === 'system') return systemDark ? 'dark' : 'light';
  return pref;
}
