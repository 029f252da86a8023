import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { App } from './app/App';

function start() {
  // A transition: React renders the app in slices, yielding to the browser between them, instead of
  // one long task on a slow phone; index.html's loading line stays until the app is ready.
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// Let the browser paint index.html's loading line first (a frame), unless the tab is hidden (no frames come).
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else start();
