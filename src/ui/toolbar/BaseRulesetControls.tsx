import { useRef } from 'react';
import { STOCK_RULES_FILE } from '../../engine/base/stock';
import { useAppStore } from '../../state/store';

/** Which base ruleset is loaded before the user's file, and a read-only look at it. */
export function BaseRulesetControls() {
  const base = useAppStore((s) => s.base);
  const setBase = useAppStore((s) => s.setBase);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div className="field">
      <label htmlFor="base-select">Base ruleset</label>
      <select id="base-select" value={base} onChange={(e) => setBase(e.target.value === 'none' ? 'none' : 'stock')}>
        <option value="stock">Built-in stock macros</option>
        <option value="none">None</option>
      </select>
      <button type="button" className="link-button" onClick={() => dialog.current?.showModal()}>View</button>
      <dialog ref={dialog} className="base-dialog" aria-labelledby="base-dialog-title">
        <div className="dialog-header">
          <h2 id="base-dialog-title">{STOCK_RULES_FILE.name} <span className="muted">(read-only)</span></h2>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>Close</button>
        </div>
        <p className="muted">
          Loaded before your rules file when “Built-in stock macros” is chosen, so conditions can use
          macros and lists such as <code>spawned_process</code> and <code>shell_binaries</code>.
        </p>
        <pre className="base-text" tabIndex={0}>{STOCK_RULES_FILE.content}</pre>
      </dialog>
    </div>
  );
}
