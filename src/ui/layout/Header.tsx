import { resetToSeed } from '../../state/store';
import { RuleSelector } from '../toolbar/RuleSelector';
import { BaseControls } from '../base/BaseControls';
import { PluginsSwitch } from '../toolbar/PluginsSwitch';
import { ThemeToggle } from '../toolbar/ThemeToggle';
import { ShareControl } from '../share/ShareControl';
import { ImportControl } from '../import/ImportControl';
import { ExportControl } from '../import/ExportControl';
import { LessonsButton } from '../lessons/LessonsLayer';
import { HelpButton } from '../help/HelpPanel';
import './header.css';

export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        <h1>Falco Rule Playground</h1>
      </div>
      <div className="toolbar">
        <RuleSelector />
        <BaseControls />
        <PluginsSwitch />
        <ThemeToggle />
        <ImportControl />
        <ExportControl />
        <ShareControl />
        <LessonsButton />
        <button
          type="button"
          className="link-button"
          title="Example: replace your rules and samples with the example"
          onClick={() => { if (window.confirm('Replace your rules and samples with the example?')) resetToSeed(); }}
        >
          <span className="narrow-icon" aria-hidden="true">↺</span><span className="narrow-hidden">Example</span>
        </button>
        <HelpButton />
      </div>
    </header>
  );
}
