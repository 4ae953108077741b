import 'antd/dist/reset.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './api/queryClient';
import { areas } from './areas';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [...areas.map((area) => ({ path: area.path, element: area.page })), { path: '*', element: <NotFound /> }],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
