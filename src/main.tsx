import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { PanelBoundary } from './ui/layout/PanelBoundary';
import { installTestHook } from './ui/test-hook';
import { openLinkAtStartup, startUrlSync } from './state/url-sync';
import { startBaseFilesPersistence } from './state/persistence-base';
import './ui/styles.css';
import { installPerfHook } from './worker/perf-hook';
import { registerServiceWorker } from './worker/register-sw';
import { startRegexEngine } from './ui/lazy/regex-engine';
import { preloadWhenIdle } from './ui/lazy/lazy-module';

installTestHook();
installPerfHook();

async function start(): Promise<void> {
  // A link in the address bar wins over saved work (which is stashed, not lost); only such a link
  // waits for the link codec. Then the address bar follows the work so it can be copied at any time.
  await openLinkAtStartup();
  startUrlSync();
  startBaseFilesPersistence();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* The last resort: whatever escapes the parts' own boundaries leaves a way out, not an empty page. */}
      <PanelBoundary name="page" kind="page">
        <App />
      </PanelBoundary>
    </StrictMode>,
  );

  // RE2 (the `regex` operator) arrives a moment after the first verdicts; until then a rule using
  // `regex` shows its rows as pending (src/engine/eval/regex.ts).
  void startRegexEngine();
  // Dialogs and panels drawn later: their code is fetched once the page is idle.
  preloadWhenIdle();

  // Offline after the first visit (built app only; the dev server has no sw.js).
  if (import.meta.env.PROD) registerServiceWorker();
}

void start();
