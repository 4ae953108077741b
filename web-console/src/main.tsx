import 'antd/dist/reset.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './api/queryClient';
import { areas } from './areas';
import { AppLayout } from './components/AppLayout';
import { AreaRoute } from './components/AreaRoute';
import { MotionPreference } from './components/MotionPreference';
import { NotFound } from './components/NotFound';
import { SignInGate } from './features/auth/SignInGate';

const areaRoutes = areas.flatMap((area) => [
  { path: area.path, element: <AreaRoute area={area} page={area.page} /> },
  ...(area.subpages ?? []).map((subpage) => ({ path: `${area.path}/${subpage.path}`, element: <AreaRoute area={area} page={subpage.page} /> })),
]);

const router = createBrowserRouter([
  {
    element: (
      <SignInGate>
        <AppLayout />
      </SignInGate>
    ),
    children: [...areaRoutes, { path: '*', element: <NotFound /> }],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MotionPreference>
      <App>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </App>
    </MotionPreference>
  </StrictMode>,
);
