import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { lazyPage } from '../ui/lazyPage';
import { PageLoader } from '../ui/PageLoader';
import { Shell, type NavItem } from '../ui/Shell';
import { HomePage } from './pages/HomePage';

const OffersPage = lazyPage(/^\/student\/offers\/?$/, () => import('./pages/OffersPage'));
const OfferPage = lazyPage(/^\/student\/offers\/[^/]+\/?$/, () => import('./pages/OfferPage'));
const ApplicationsPage = lazyPage(/^\/student\/applications\/?$/, () => import('./pages/ApplicationsPage'));
const NotificationsPage = lazyPage(/^\/student\/notifications\/?$/, () => import('../ui/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('../ui/NotificationPreferencesPage'));
const NotFoundPage = lazy(() => import('../app/pages/NotFoundPage'));

const NAV: NavItem[] = [
  { to: '/student', label: 'Home', end: true },
  { to: '/student/offers', label: 'Find offers' },
  { to: '/student/applications', label: 'My applications' },
  { to: '/student/notifications', label: 'Notifications' },
];

export default function StudentArea() {
  return (
    <Shell nav={NAV} notificationsPath="/student/notifications">
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="offers" element={<OffersPage />} />
          <Route path="offers/:id" element={<OfferPage />} />
          <Route path="applications" element={<ApplicationsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route
            path="notifications/preferences"
            element={<NotificationPreferencesPage notificationsPath="/student/notifications" area="student" />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
