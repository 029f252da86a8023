import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '../ui/PageLoader';
import { Shell, type NavItem } from '../ui/Shell';
import QueuePage from './pages/QueuePage';

const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage'));
const NotFoundPage = lazy(() => import('../app/pages/NotFoundPage'));

const NAV: NavItem[] = [
  { to: '/admin', label: 'Verification queue', end: true },
  { to: '/admin/organizations', label: 'All organizations' },
];

export default function AdminArea() {
  return (
    <Shell nav={NAV}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<QueuePage />} />
          <Route path="organizations" element={<OrganizationsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
