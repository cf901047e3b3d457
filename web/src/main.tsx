import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './app/api';
import { initI18n } from './app/i18n';
import { createRouter } from './app/router';
import './app/styles.css';
import { moduleUis } from './modules';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; network trouble might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.problem.status >= 400 && error.problem.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

await initI18n(moduleUis);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createRouter(moduleUis)} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
