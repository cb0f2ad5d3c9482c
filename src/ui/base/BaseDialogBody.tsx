/** The base ruleset dialog's body (the toolbar select and the dialog frame: BaseControls.tsx). */
import { useState } from 'react';
import { STOCK_RULES_FILE } from '../../engine/base/stock';
import { useSessionStore } from '../../state/session';
import { FileDrop } from '../import/FileDrop';
import { useBase, type Choice } from './BaseControls';
import { fetchRulesFile } from './fetch-rules';
import { checkUrl, mergeFiles, orderUpstreamNames, type BaseFile } from './upstream-files';

export function BaseDialogBody({ choice, choose }: { choice: Choice; choose: (c: Choice) => void }) {
  const b = useBase();
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const kept = useSessionStore((s) => s.baseFilesKept);

  const add = (added: BaseFile[], how: string) => {
    const empty = added.filter((f) => f.content.trim() === '');
    const good = added.filter((f) => f.content.trim() !== '');
    if (good.length) {
      b.setUpstreamFiles(mergeFiles(b.files, good));
      b.setUpstream(orderUpstreamNames([...(b.upstream ?? []), ...good.map((f) => f.name)]));
    }
    const parts = [];
    if (good.length) parts.push(`${how} ${good.map((f) => f.name).join(', ')}; the base ruleset is now the upstream files.`);
    if (empty.length) parts.push(`Skipped empty file${empty.length === 1 ? '' : 's'}: ${empty.map((f) => f.name).join(', ')}.`);
    setMessage({ bad: good.length === 0, text: parts.join(' ') });
  };
  const fetchIt = async () => {
    const checked = checkUrl(address);
    if (!checked.ok) return setMessage({ bad: true, text: checked.message });
    setBusy(true);
    setMessage({ bad: false, text: `Fetching ${checked.url}…` });
    const r = await fetchRulesFile(checked.url);
    setBusy(false);
    if (r.ok) add([r.file], 'Fetched');
    else setMessage({ bad: true, text: r.message });
  };
  const toggleUse = (name: string, use: boolean) => {
    const names = (b.upstream ?? []).filter((n) => n !== name);
    const next = use ? orderUpstreamNames([...names, name]) : names;
    b.setUpstream(next.length ? next : null);
  };
  const remove = (name: string) => {
    b.setUpstreamFiles(b.files.filter((f) => f.name !== name));
    const names = (b.upstream ?? []).filter((n) => n !== name);
    if (b.upstream) b.setUpstream(names.length ? names : null);
    if (viewing === name) setViewing(null);
  };

  const used = new Set(b.upstream ?? []);
  const shownName = viewing ?? (choice === 'upstream' ? (b.upstream?.[0] ?? null) : choice === 'stock' ? STOCK_RULES_FILE.name : null);
  const shown = shownName === STOCK_RULES_FILE.name ? STOCK_RULES_FILE : b.files.find((f) => f.name === shownName) ?? null;
  return (
    <>
      <fieldset className="base-choice">
        <legend>Loaded before your rules file</legend>
        <label><input type="radio" name="base-choice" checked={choice === 'stock'} onChange={() => choose('stock')} /> Built-in stock macros (<code>spawned_process</code>, <code>shell_binaries</code>, …)</label>
        <label><input type="radio" name="base-choice" checked={choice === 'none'} onChange={() => choose('none')} /> None</label>
        <label>
          <input type="radio" name="base-choice" checked={choice === 'upstream'} disabled={!b.files.length} onChange={() => choose('upstream')} />
          {' '}Upstream falcosecurity rules files{b.files.length ? '' : ' (load them below first)'}
        </label>
      </fieldset>

      <section aria-labelledby="upstream-title">
        <h3 id="upstream-title" style={{ margin: '0 0 6px', fontSize: 14 }}>Upstream rules files</h3>
        <p className="muted" style={{ marginBottom: 8 }}>
          Load <code>falco_rules.yaml</code> (and <code>falco-incubating_rules.yaml</code>, <code>falco-sandbox_rules.yaml</code>)
          from a falcosecurity/rules release; they load in that order. They are kept in this browser, not put in share links.
        </p>
        <FileDrop label="Choose upstream rules files" hint="falco_rules.yaml and friends" onFiles={(f) => add(f, 'Loaded')} />
        <form className="row" style={{ marginTop: 8 }} onSubmit={(e) => { e.preventDefault(); void fetchIt(); }}>
          <input
            type="text"
            inputMode="url"
            aria-label="Rules file address"
            placeholder="https://raw.githubusercontent.com/falcosecurity/rules/main/rules/falco_rules.yaml"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit" disabled={busy}>{busy ? 'Fetching…' : 'Fetch'}</button>
        </form>
        {message && (
          <p className="import-result" data-bad={message.bad} role={message.bad ? 'alert' : 'status'} style={{ marginTop: 8 }}>{message.text}</p>
        )}
      </section>

      {b.files.length > 0 && kept === 'none' && (
        <p className="import-result" data-bad="true" role="alert">
          This browser could not keep the files (storage full or unavailable): they are loaded for this visit only.
        </p>
      )}
      {b.files.length > 0 && (
        <ul className="file-list" aria-label="Loaded upstream files">
          {orderUpstreamNames(b.files.map((f) => f.name)).map((name) => {
            const f = b.files.find((x) => x.name === name)!;
            return (
              <li key={name}>
                <input type="checkbox" checked={used.has(name)} aria-label={`Use ${name}`} onChange={(e) => toggleUse(name, e.target.checked)} />
                <span className="file-name">{name}</span>
                <span className="file-size">{Math.ceil(f.content.length / 1024)} KiB</span>
                <button type="button" onClick={() => setViewing(name)} aria-label={`View ${name}`}>View</button>
                <button type="button" onClick={() => remove(name)} aria-label={`Remove ${name}`}>Remove</button>
              </li>
            );
          })}
        </ul>
      )}

      {shown
        ? (
          <section aria-label={`${shown.name} (read-only)`}>
            <p className="muted" style={{ marginBottom: 6 }}><code>{shown.name}</code> (read-only)</p>
            <pre className="base-file-view" tabIndex={0}>{shown.content}</pre>
          </section>
          )
        : choice === 'none' && <p className="muted">No base ruleset: your rules file is loaded alone.</p>}
    </>
  );
}
