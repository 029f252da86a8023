import '@mantine/dates/styles.css';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '../ui/PageLoader';
import { Shell, type NavItem } from '../ui/Shell';
import DashboardPage from './pages/DashboardPage';

const OffersPage = lazy(() => import('./pages/OffersPage'));
const OfferEditorPage = lazy(() => import('./pages/OfferEditorPage'));
const OfferPage = lazy(() => import('./pages/OfferPage'));
const ApplicantsPage = lazy(() => import('./pages/ApplicantsPage'));
const BookingsPage = lazy(() => import('./pages/BookingsPage'));
const FacilitiesPage = lazy(() => import('./pages/FacilitiesPage'));
const MatchRoundsPage = lazy(() => import('./pages/MatchRoundsPage'));
const MatchRoundPage = lazy(() => import('./pages/MatchRoundPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const WebhooksPage = lazy(() => import('./pages/WebhooksPage'));
const NotificationsPage = lazy(() => import('../ui/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('../ui/NotificationPreferencesPage'));
const NotFoundPage = lazy(() => import('../app/pages/NotFoundPage'));

const NAV: NavItem[] = [
  { to: '/company', label: 'Dashboard', end: true },
  { to: '/company/offers', label: 'Offers' },
  { to: '/company/applicants', label: 'Applicants' },
  { to: '/company/bookings', label: 'Bookings' },
  { to: '/company/rounds', label: 'Match rounds' },
  { to: '/company/facilities', label: 'Facilities' },
  { to: '/company/members', label: 'Members' },
  { to: '/company/webhooks', label: 'Webhooks' },
  { to: '/company/notifications', label: 'Notifications' },
];

export default function CompanyArea() {
  return (
    <Shell nav={NAV} notificationsPath="/company/notifications">
      <div style={{ ['--mantine-color-error' as string]: '#c92a2a' }}>
        <Suspense fallback={<PageLoader />}>
          <Routes>
            <Route index element={<DashboardPage />} />
            <Route path="offers" element={<OffersPage />} />
            <Route path="offers/new" element={<OfferEditorPage />} />
            <Route path="offers/:id" element={<OfferPage />} />
            <Route path="offers/:id/edit" element={<OfferEditorPage />} />
            <Route path="offers/:id/applicants" element={<ApplicantsPage />} />
            <Route path="applicants" element={<ApplicantsPage />} />
            <Route path="bookings" element={<BookingsPage />} />
            <Route path="rounds" element={<MatchRoundsPage />} />
            <Route path="rounds/:id" element={<MatchRoundPage />} />
            <Route path="facilities" element={<FacilitiesPage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="webhooks" element={<WebhooksPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route
              path="notifications/preferences"
              element={<NotificationPreferencesPage notificationsPath="/company/notifications" area="company" />}
            />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </div>
    </Shell>
  );
}
