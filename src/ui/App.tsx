import { lazy, Suspense, useEffect } from 'react';
import { Header } from './layout/Header';
import { WorkNotice } from './share/WorkNotice';
import { PanelBoundary } from './layout/PanelBoundary';
import { Splitter } from './layout/Splitter';
import { useAppStore } from '../state/store';
import { SamplesPanel } from './samples/SamplesPanel';
import { EditorLoading } from './editor/EditorLoading';
import { useShortcuts } from './hooks/useShortcuts';
import { useResolvedTheme } from './theme/useResolvedTheme';
import { LessonsLayer } from './lessons/LessonsLayer';
import { HelpPanel } from './help/HelpPanel';
import { useHelpShortcut } from './help/useHelpShortcut';

import { lazyNamed } from './lazy/lazy-module';
import './problems/problems.css';

// Monaco is large: the samples table must show verdicts before it arrives. So does the Problems
// list under it (its own fixed-height area: nothing moves when it arrives).
const RulesEditor = lazy(() => import('./editor/RulesEditor'));
const ProblemsPanel = lazyNamed(() => import('./problems/ProblemsPanel'), 'ProblemsPanel');

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
      <PanelBoundary name="toolbar">
        <Header />
      </PanelBoundary>
      <PanelBoundary name="banner">
        <WorkNotice />
      </PanelBoundary>
      <PanelBoundary name="Lessons">
        <LessonsLayer />
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
              <Suspense fallback={null}><ProblemsPanel /></Suspense>
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
