import { lazy, Suspense, useEffect } from 'react';
import { Header } from './layout/Header';
import { WorkNotice } from './share/WorkNotice';
import { PanelBoundary } from './layout/PanelBoundary';
import { Splitter } from './layout/Splitter';
import { useAppStore } from '../state/store';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { SamplesPanel } from './samples/SamplesPanel';
import { EditorLoading } from './editor/EditorLoading';
import { useShortcuts } from './hooks/useShortcuts';
import { useResolvedTheme } from './theme/useResolvedTheme';
import { ConnectedLessons } from './lessons/ConnectedLessons';
import { HelpPanel } from './help/HelpPanel';
import { useHelpShortcut } from './help/useHelpShortcut';

// Monaco is large: the samples table must show verdicts before it arrives.
const RulesEditor = lazy(() => import('./editor/RulesEditor'));

export function App() {
  const theme = useResolvedTheme();
  const split = useAppStore((s) => s.splitRatio);
  useShortcuts();
  useHelpShortcut();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  return (
    <div className="app">
      <Header />
      <WorkNotice />
      <PanelBoundary name="Lessons">
        <ConnectedLessons />
      </PanelBoundary>
      <HelpPanel />
      <main className="workspace" style={{ gridTemplateColumns: `minmax(0, ${split}fr) 6px minmax(0, ${1 - split}fr)` }}>
        <section className="pane pane-editor" aria-label="Rules file">
          <div className="editor-host">
            <PanelBoundary name="editor">
              <Suspense fallback={<EditorLoading />}>
                <RulesEditor />
              </Suspense>
            </PanelBoundary>
          </div>
          <div className="problems-host">
            <PanelBoundary name="Problems">
              <ProblemsPanel />
            </PanelBoundary>
          </div>
        </section>
        <Splitter />
        <section className="pane pane-samples" aria-label="Samples and verdicts">
          <PanelBoundary name="Samples">
            <SamplesPanel />
          </PanelBoundary>
        </section>
      </main>
    </div>
  );
}
