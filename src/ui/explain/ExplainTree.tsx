/**
 * The condition as a tree: logic nodes with their children, macros by name (expandable to their
 * condition), checks with the values they read and the matched characters marked.
 */
import { useState } from 'react';
import type { ClauseCoverage, ExplainNode } from '../../engine/explain';
import type { Range } from '../../engine/text/range';
import { MarkedValue } from './MarkedValue';
import { StatusPill } from './StatusPill';

interface TreeProps {
  node: ExplainNode;
  coverage: Map<string, ClauseCoverage>;
  onReveal: (range: Range) => void;
}

const LOGIC_LABEL: Record<string, string> = { and: 'all of', or: 'any of', not: 'not', exception: 'exception' };

export function ExplainTree({ node, coverage, onReveal }: TreeProps) {
  return <ul className="explain-tree"><ExplainItem node={node} coverage={coverage} onReveal={onReveal} /></ul>;
}

function ClauseButton({ node, onReveal, children }: { node: ExplainNode; onReveal: TreeProps['onReveal']; children: React.ReactNode }) {
  if (!node.range) return <span className="clause-text">{children}</span>;
  const range = node.range;
  return (
    <button type="button" className="clause-text clause-link" title="Show in the rules file"
      onClick={(e) => { e.preventDefault(); e.stopPropagation(); onReveal(range); }}>
      {children}
    </button>
  );
}

function ExplainItem({ node, coverage, onReveal }: TreeProps) {
  const kids = node.children ?? [];
  const props = { coverage, onReveal };
  if (node.kind === 'macro') return <MacroItem node={node} {...props} />;
  if (node.kind === 'check') return <CheckItem node={node} {...props} />;
  const label = node.kind === 'exception' && kids.length === 0 ? 'exception' : LOGIC_LABEL[node.kind];
  return (
    <li className={`explain-node explain-logic status-${node.status}`} data-status={node.status}>
      <div className="node-line">
        <StatusPill status={node.status} />
        <ClauseButton node={node} onReveal={onReveal}><span className="node-kind">{label}</span></ClauseButton>
        {node.kind === 'exception' && <span className="muted">added by the rule’s exceptions</span>}
      </div>
      <ul className="explain-tree">{kids.map((c) => <ExplainItem key={c.id} node={c} {...props} />)}</ul>
    </li>
  );
}

function CheckItem({ node, coverage, onReveal }: TreeProps) {
  const cov = coverage.get(node.id);
  return (
    <li className={`explain-node explain-check status-${node.status}`} data-status={node.status} data-clause={node.text}>
      <div className="node-line">
        <StatusPill status={node.status} />
        <ClauseButton node={node} onReveal={onReveal}><code>{node.text}</code></ClauseButton>
        {cov && (
          <span className={`coverage-count${cov.flag ? ` coverage-${cov.flag.replace('_', '-')}` : ''}`}
            title={`true for ${cov.counts.true} of ${cov.rows} rows`}>
            true in {cov.counts.true}/{cov.rows} rows
          </span>
        )}
      </div>
      {node.lists && node.lists.map((l) => (
        <div key={l.name} className="node-detail">
          <span className="detail-key">list <code>{l.name}</code></span>
          <span className="list-items">{l.items.length ? l.items.map((it, i) => <code key={i} className="list-item">{it}</code>) : <span className="muted">(empty)</span>}</span>
        </div>
      ))}
      {node.status !== 'not_evaluated' && node.values && node.values.map((v, i) => {
        // A match's value is the raw string the check compared; it equals the rendered value for
        // strings, and is the one item that matched for list fields (proc.aname ...).
        const ms = (node.matches ?? []).filter((m) => m.field === v.field);
        const shown = ms.length > 0 ? ms[0].value : v.value;
        return (
          <div key={i} className="node-detail">
            <span className="detail-key"><code>{v.field}</code> =</span>
            {shown === null
              ? <span className="muted">no value</span>
              : <MarkedValue value={shown} spans={ms.filter((m) => m.value === shown)} />}
          </div>
        );
      })}
    </li>
  );
}

/** A macro by name; its condition (as the trace evaluated it) opens below on demand. */
function MacroItem({ node, coverage, onReveal }: TreeProps) {
  const [open, setOpen] = useState(false);
  const body = node.children?.[0];
  return (
    <li className={`explain-node explain-macro status-${node.status}`} data-status={node.status} data-macro={node.text}>
      <div className="node-line">
        <button type="button" className="macro-toggle" aria-expanded={open} aria-label={`Macro ${node.text}`}
          title={open ? 'Hide the macro\'s condition' : 'Show the macro\'s condition'} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <StatusPill status={node.status} />
        <span className="node-kind">macro</span>
        <ClauseButton node={node} onReveal={onReveal}><code>{node.text}</code></ClauseButton>
        {node.macro && !open && <span className="macro-condition muted" title={node.macro.condition}>{node.macro.condition}</span>}
      </div>
      {open && body && <ul className="explain-tree"><ExplainItem node={body} coverage={coverage} onReveal={onReveal} /></ul>}
    </li>
  );
}
