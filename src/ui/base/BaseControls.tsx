/**
 * The base ruleset loaded before the rules file: the built-in stock macros (default), none, or
 * the upstream falcosecurity rules files the person loads from disk or from an address. The
 * toolbar shows the choice; the dialog loads, chooses and shows the files (read-only).
 */
import { useShallow } from 'zustand/react/shallow';
import { STOCK_RULES_FILE } from '../../engine/base/stock';
import { useAppStore } from '../../state/store';
import { ModalDialog } from '../tuning/ModalDialog';
import { DialogBody } from '../lazy/DialogBody';
import { lazyNamed } from '../lazy/lazy-module';
import { useBaseDialog } from './base-dialog-state';
import { orderUpstreamNames } from './upstream-files';
import '../tuning/tuning.css';
import '../share/share.css';

export type Choice = 'stock' | 'none' | 'upstream';

// The dialog's code (loading, fetching and showing files) is fetched when it opens.
const BaseDialogBody = lazyNamed(() => import('./BaseDialogBody'), 'BaseDialogBody');

export function useBase() {
  return useAppStore(useShallow((s) => ({
    base: s.base, upstream: s.upstream, files: s.upstreamFiles,
    setBase: s.setBase, setUpstream: s.setUpstream, setUpstreamFiles: s.setUpstreamFiles,
  })));
}

export function BaseControls() {
  const b = useBase();
  const { open, setOpen } = useBaseDialog();
  const choice: Choice = b.upstream ? 'upstream' : b.base;
  const choose = (next: Choice) => {
    if (next !== 'upstream') return b.setBase(next);
    // Without loaded files there is nothing to use yet: the dialog says how to load them.
    if (b.files.length) b.setUpstream(orderUpstreamNames(b.files.map((f) => f.name)));
    else setOpen(true);
  };
  const title = `Base ruleset — ${choice === 'upstream' ? (b.upstream ?? []).join(', ') || 'upstream files' : choice === 'stock' ? STOCK_RULES_FILE.name : 'none'}`;
  return (
    <div className="field">
      <label htmlFor="base-select">Base ruleset</label>
      <select id="base-select" value={choice} onChange={(e) => choose(e.target.value as Choice)}>
        <option value="stock">Built-in stock macros</option>
        <option value="none">None</option>
        <option value="upstream">Upstream rules</option>
      </select>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>View</button>
      <ModalDialog open={open} title={title} name="Base ruleset" onClose={() => setOpen(false)} className="io-dialog base-files-dialog">
        <DialogBody><BaseDialogBody choice={choice} choose={choose} /></DialogBody>
      </ModalDialog>
    </div>
  );
}
