import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '../ui/PageLoader';
import { Shell, type NavItem } from '../ui/Shell';
import DashboardPage from './pages/DashboardPage';

const ProgramsPage = lazy(() => import('./pages/ProgramsPage'));
const PartnerRequestsPage = lazy(() => import('./pages/PartnerRequestsPage'));
const PartnerRequestPage = lazy(() => import('./pages/PartnerRequestPage'));
const ChooseOfferPage = lazy(() => import('./pages/ChooseOfferPage'));
const BookPage = lazy(() => import('./pages/BookPage'));
const BookingsPage = lazy(() => import('./pages/BookingsPage'));
const StudentsPage = lazy(() => import('./pages/StudentsPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const NotificationsPage = lazy(() => import('../ui/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('../ui/NotificationPreferencesPage'));
const NotFoundPage = lazy(() => import('../app/pages/NotFoundPage'));

const NAV: NavItem[] = [
  { to: '/university', label: 'Dashboard', end: true },
  { to: '/university/programs', label: 'Programs' },
  { to: '/university/requests', label: 'Partner requests' },
  { to: '/university/book', label: 'Book for a cohort' },
  { to: '/university/bookings', label: 'Bookings' },
  { to: '/university/students', label: "Students' applications" },
  { to: '/university/members', label: 'Members' },
  { to: '/university/notifications', label: 'Notifications' },
];

export default function UniversityArea() {
  return (
    <Shell nav={NAV} notificationsPath="/university/notifications">
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="programs" element={<ProgramsPage />} />
          <Route path="requests" element={<PartnerRequestsPage />} />
          <Route path="requests/:id" element={<PartnerRequestPage />} />
          <Route path="book" element={<ChooseOfferPage />} />
          <Route path="book/:offerId" element={<BookPage />} />
          <Route path="bookings" element={<BookingsPage />} />
          <Route path="students" element={<StudentsPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route
            path="notifications/preferences"
            element={<NotificationPreferencesPage notificationsPath="/university/notifications" area="university" />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
