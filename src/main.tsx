import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installTestHook } from './ui/test-hook';
import { openLinkFromLocation, startUrlSync } from './state/share-link';
import './ui/styles.css';

installTestHook();
// A link in the address bar wins over saved work (which is stashed, not lost); then the address
// bar follows the work so it can be copied at any time.
openLinkFromLocation();
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
