/**
 * LoadMessage → the engine's Diagnostic, for the editor's problem markers.
 */
import type { Diagnostic } from '../diagnostics';
import type { LoadMessage } from './context';

export function loadMessageToDiagnostic(m: LoadMessage): Diagnostic {
  return {
    code: m.code,
    severity: m.severity,
    message: m.message,
    range: m.range,
    file: m.file,
    item: m.itemType || m.itemName ? { kind: m.itemType, name: m.itemName } : undefined,
  };
}
