import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';

export function RuleSelector() {
  const selectRule = useAppStore((s) => s.selectRule);
  const { analysis, selectedRule, waiting } = useAnalysis();
  const rules = analysis.rules;
  return (
    <div className="field">
      <label htmlFor="rule-select">Rule</label>
      <select
        id="rule-select"
        value={selectedRule?.name ?? ''}
        disabled={rules.length === 0}
        onChange={(e) => selectRule(e.target.value)}
      >
        {rules.length === 0 && <option value="">{waiting ? '(analysing…)' : '(no rules in the file)'}</option>}
        {rules.map((r) => (
          <option key={r.name} value={r.name}>
            {r.name}{r.enabled ? '' : ' (disabled)'}{r.error ? ' (error)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
