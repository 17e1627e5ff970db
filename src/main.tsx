import '@/app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppApiClient } from '@/api/apiClient';
import { App } from '@/app/App';
import { StartupError } from '@/app/StartupError';
import '@/app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

createAppApiClient().then(
  (client) =>
    root.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
