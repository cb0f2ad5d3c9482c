import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';

export function RuleSelector() {
  const selectRule = useAppStore((s) => s.selectRule);
  const { analysis, selectedRule, fileError, waiting } = useAnalysis();
  const rules = analysis.rules;
  const empty = waiting ? '(analysing…)'
    : fileError ? (selectedRule ? `${selectedRule.name} (the file has an error)` : '(the rules file has an error)')
    : '(no rules in the file)';
  // Wide enough for the longest name with its marks, so the header does not move as a rule goes
  // into error and back (its option text grows by ' (error)'); rounded up to 4 characters so
  // typing in a rule's name does not move it on every key. CSS caps it and lets it shrink.
  const longest = rules.reduce((n, r) => Math.max(n, r.name.length + (r.enabled ? 0 : 11)), 0);
  const chars = Math.ceil((Math.max(longest, 16) + 8) / 4) * 4;
  return (
    <div className="field rule-field">
      <label htmlFor="rule-select">Rule</label>
      <select
        id="rule-select"
        value={rules.length === 0 ? '' : selectedRule?.name ?? ''}
        title={selectedRule ? `Rule: ${selectedRule.name}${selectedRule.enabled ? '' : ' (disabled)'}${selectedRule.error ? ' (error)' : ''}` : undefined}
        style={{ width: `calc(${chars * 0.62}em + 34px)` }}
        disabled={rules.length === 0}
        onChange={(e) => selectRule(e.target.value)}
      >
        {rules.length === 0 && <option value="">{empty}</option>}
        {rules.map((r) => (
          <option key={r.name} value={r.name}>
            {r.name}{r.enabled ? '' : ' (disabled)'}{r.error ? ' (error)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
