/**
 * Import: command lines (one per line), Falco JSON alerts (json_output or falcosidekick; as true
 * alerts or as false positives) and rules files (as the rules file, appended to it, or as the
 * upstream base). Bad lines are listed one by one while the good ones import. Replacing the rules
 * file stashes the previous work first, with the way back in the notice (and replaces nothing
 * while the work cannot be kept).
 */
import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { importCommandLines, importFalcoAlerts, type ImportResult } from '../../engine/import';
import { useAppStore } from '../../state/store';
import { keepWorkBeforeReplacing } from '../../state/persistence';
import { EarlierDrafts } from './EarlierDrafts';
import { useSessionStore } from '../../state/session';
import { mergeFiles, orderUpstreamNames } from '../base/upstream-files';
import { FileDrop } from './FileDrop';
import { appendSamples, combineRulesFiles, problemLines, rejectedLines } from './import-samples';

type Tab = 'commands' | 'alerts' | 'rules' | 'drafts';
const TABS: { id: Tab; label: string }[] = [
  { id: 'commands', label: 'Command lines' },
  { id: 'alerts', label: 'Falco alerts' },
  { id: 'rules', label: 'Rules files' },
  { id: 'drafts', label: 'Earlier drafts' },
];

interface Outcome { bad: boolean; summary: string; problems: string[] }

/** Problems listed at most (a file of broken lines would list thousands). */
const SHOWN_PROBLEMS = 200;

/** The Import dialog's body (the button and dialog frame: ImportControl.tsx). */
export function ImportBody({ onDone }: { onDone: () => void }) {
  const [tab, setTab] = useState<Tab>('commands');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const select = (t: Tab) => { setTab(t); setOutcome(null); };
  return (
    <>
      <div className="tabs" role="tablist" aria-label="What to import">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`import-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`import-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            onKeyDown={(e) => {
              const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!d) return;
              const next = TABS[(i + d + TABS.length) % TABS.length].id;
              select(next);
              document.getElementById(`import-tab-${next}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`import-panel-${tab}`} aria-labelledby={`import-tab-${tab}`}>
        {tab === 'commands' && <SamplesImport kind="commands" onOutcome={setOutcome} />}
        {tab === 'alerts' && <SamplesImport kind="alerts" onOutcome={setOutcome} />}
        {tab === 'rules' && <RulesImport onOutcome={setOutcome} onDone={onDone} />}
        {tab === 'drafts' && <EarlierDrafts onDone={onDone} />}
        {outcome && <OutcomeView outcome={outcome} />}
      </div>
    </>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <div className="import-result" data-bad={outcome.bad} role={outcome.problems.length ? 'alert' : 'status'}>
      <strong>{outcome.summary}</strong>
      {outcome.problems.length > 0 && (
        <ul aria-label="Lines not imported">
          {outcome.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => <li key={i}>{p}</li>)}
          {outcome.problems.length > SHOWN_PROBLEMS && <li className="muted">… and {outcome.problems.length - SHOWN_PROBLEMS} more (they stay in the box above)</li>}
        </ul>
      )}
    </div>
  );
}

function SamplesImport({ kind, onOutcome }: { kind: 'commands' | 'alerts'; onOutcome: (o: Outcome) => void }) {
  const [text, setText] = useState('');
  const [falsePositives, setFalsePositives] = useState(true);
  const { samples, defaults, setSamples, selectSample } = useAppStore(useShallow((s) => ({
    samples: s.samples, defaults: s.sampleDefaults, setSamples: s.setSamples, selectSample: s.selectSample,
  })));
  /** Imports `input` (the box's text, or a chosen file's); what could not be read stays in the box. */
  const run = (input: string = text) => {
    const r: ImportResult = kind === 'commands' ? importCommandLines(input) : importFalcoAlerts(input, { asFalsePositives: falsePositives });
    const problems = problemLines(r.diagnostics);
    if (r.samples.length) {
      const { samples: next, added } = appendSamples(samples, r.samples);
      setSamples(next, defaults);
      selectSample(added[added.length - 1]);
      // What is left to fix stays in the box; what was imported goes.
      setText(rejectedLines(input, r.diagnostics.map((d) => d.range)));
    } else if (input !== text) {
      setText(input);
    }
    const n = r.samples.length;
    const what = kind === 'commands' ? 'command line' : 'alert';
    onOutcome({
      bad: problems.length > 0,
      summary: n
        ? `Imported ${n} ${what}${n === 1 ? '' : 's'} as sample${n === 1 ? '' : 's'}${problems.length ? `; ${problems.length} line${problems.length === 1 ? '' : 's'} skipped` : ''}.`
        : `Nothing imported${problems.length ? `: ${problems.length} line${problems.length === 1 ? '' : 's'} could not be read` : ': the text is empty'}.`,
      problems,
    });
  };
  const help: ReactNode = kind === 'commands'
    ? <>One command line per line, as typed at a shell prompt (a leading <code>$ </code> is dropped; blank lines and <code>#</code> comments are skipped).</>
    : <>One Falco alert per line, as written with <code>json_output: true</code> or forwarded by falcosidekick (a JSON array works too). Each becomes a sample rebuilt from the alert’s <code>output_fields</code>, with an expectation for the alert’s rule (alert, or no alert when imported as a false positive).</>;
  return (
    <>
      <p className="muted">{help}</p>
      <textarea
        aria-label={kind === 'commands' ? 'Command lines, one per line' : 'Falco alerts, one JSON object per line'}
        value={text}
        spellCheck={false}
        placeholder={kind === 'commands' ? 'iptables -F\nsystemctl stop falco' : '{"output":"...","priority":"Warning","rule":"...","time":"...","output_fields":{"proc.cmdline":"..."}}'}
        onChange={(e) => setText(e.target.value)}
      />
      {kind === 'alerts' && (
        <label>
          <input type="checkbox" checked={falsePositives} onChange={(e) => setFalsePositives(e.target.checked)} />
          {' '}Import as false positives (should not alert)
        </label>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => run()} disabled={!text.trim()}>Import samples</button>
      </div>
      <FileDrop
        label={kind === 'commands' ? 'Choose a file of command lines' : 'Choose a file of Falco alerts'}
        hint={kind === 'commands' ? 'a file of command lines' : 'a file of alerts (JSON lines)'}
        onFiles={(files) => run(files.map((f) => f.content.replace(/\s*$/, '')).join('\n'))}
      />
    </>
  );
}

type RulesMode = 'replace' | 'append' | 'base';

function RulesImport({ onOutcome, onDone }: { onOutcome: (o: Outcome) => void; onDone: () => void }) {
  const [mode, setMode] = useState<RulesMode>('replace');
  const take = (files: { name: string; content: string }[]) => {
    const s = useAppStore.getState();
    const names = files.map((f) => f.name).join(', ');
    if (mode === 'base') {
      s.setUpstreamFiles(mergeFiles(s.upstreamFiles, files));
      s.setUpstream(orderUpstreamNames([...(s.upstream ?? []), ...files.map((f) => f.name)]));
      onOutcome({ bad: false, summary: `Loaded ${names} as the upstream base ruleset (in load order: ${orderUpstreamNames(files.map((f) => f.name)).join(', ')}).`, problems: [] });
      return;
    }
    const text = combineRulesFiles(files);
    if (mode === 'append') {
      s.setRulesText(`${s.rulesText.replace(/\s*$/, '')}\n\n${files.length === 1 ? `# ---- ${files[0].name} ----\n` : ''}${text}`);
      onOutcome({ bad: false, summary: `Appended ${names} to your rules file.`, problems: [] });
      return;
    }
    const replace = (draftId: string | null) => {
      useAppStore.getState().setRulesText(text);
      useAppStore.getState().selectRule(null);
      useSessionStore.getState().setNotice({ kind: 'replaced-work', message: `Your rules file was replaced by ${names}.`, draftId });
    };
    const kept = keepWorkBeforeReplacing('before importing rules files');
    if (kept.ok) replace(kept.id);
    else {
      // Nothing is replaced until the person has downloaded the work (or says to go ahead).
      useSessionStore.getState().setNotice({
        kind: 'unkept',
        title: `${names} was not loaded: your work could not be kept in this browser.`,
        message: `${kept.message} Loading it as your rules file would replace your work. Download it first, or replace it anyway.`,
        proceedLabel: 'Replace it anyway',
        proceed: () => replace(null),
      });
    }
    onDone();
  };
  return (
    <>
      <fieldset className="base-choice">
        <legend>Load the files</legend>
        <label><input type="radio" name="rules-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> As your rules file (replaces it; your current work is kept as a draft)</label>
        <label><input type="radio" name="rules-mode" checked={mode === 'append'} onChange={() => setMode('append')} /> Appended to your rules file</label>
        <label><input type="radio" name="rules-mode" checked={mode === 'base'} onChange={() => setMode('base')} /> As the base ruleset (upstream falcosecurity rules files)</label>
      </fieldset>
      <p className="muted">Several files load in the order given, as Falco loads its <code>rules_files</code>{mode === 'base' ? ' (falco_rules.yaml, then incubating, then sandbox)' : ''}.</p>
      <FileDrop label="Choose rules files" hint="rules files (.yaml)" onFiles={take} />
    </>
  );
}
