import { useAppStore } from '../../state/store';
import type { ThemePref } from '../../state/prefs-slice';

const NEXT: Record<ThemePref, ThemePref> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemePref, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemePref, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${LABEL[theme]}`}
      title={`Theme: ${LABEL[theme]} (click for ${LABEL[NEXT[theme]]})`}
      onClick={() => setTheme(NEXT[theme])}
    >
      <span aria-hidden="true">{ICON[theme]}</span> <span className="collapsible-label">Theme: {LABEL[theme]}</span>
    </button>
  );
}
