import { resetToSeed } from '../../state/store';
import { RuleSelector } from '../toolbar/RuleSelector';
import { BaseRulesetControls } from '../toolbar/BaseRulesetControls';
import { PluginsSwitch } from '../toolbar/PluginsSwitch';
import { ThemeToggle } from '../toolbar/ThemeToggle';
import { ShareButton } from '../toolbar/ShareButton';

export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <h1>Falco Rule Playground</h1>
      </div>
      <div className="toolbar">
        <RuleSelector />
        <BaseRulesetControls />
        <PluginsSwitch />
        <ThemeToggle />
        <ShareButton />
        <button
          type="button"
          className="link-button"
          title="Replace your rules and samples with the example"
          onClick={() => { if (window.confirm('Replace your rules and samples with the example?')) resetToSeed(); }}
        >
          Example
        </button>
      </div>
    </header>
  );
}
