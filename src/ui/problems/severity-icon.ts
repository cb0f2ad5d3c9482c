import type { Severity } from '../../engine/diagnostics';

/** The icon cell of a `.problem` row (styles.css: icon, message, code, where). */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '…' };
