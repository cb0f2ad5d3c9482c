import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';

export function RuleSelector() {
  const selectRule = useAppStore((s) => s.selectRule);
  const { analysis, selectedRule, fileError, waiting } = useAnalysis();
  const rules = analysis.rules;
  const empty = waiting ? '(analysing…)'
    : fileError ? (selectedRule ? `${selectedRule.name} (the file has an error)` : '(the rules file has an error)')
    : '(no rules in the file)';
  return (
    <div className="field">
      <label htmlFor="rule-select">Rule</label>
      <select
        id="rule-select"
        value={rules.length === 0 ? '' : selectedRule?.name ?? ''}
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
