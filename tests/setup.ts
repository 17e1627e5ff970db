import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out, so it has no scrolling to do; it would log "Not implemented" for every page change.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
