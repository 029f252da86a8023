import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { lazyPage } from '../ui/lazyPage';
import { PageLoader } from '../ui/PageLoader';
import { homeOf, useAuth, type Member } from './auth';
import { SignInPage } from './pages/SignInPage';

const RegisterOrganizationPage = lazy(() => import('./pages/RegisterOrganizationPage'));
const RegisterStudentPage = lazy(() => import('./pages/RegisterStudentPage'));
const InvitationPage = lazy(() => import('./pages/InvitationPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const WaitingPage = lazy(() => import('./pages/WaitingPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const StudentArea = lazyPage(/^\/student(\/|$)/, () => import('../student/StudentArea'));
const CompanyArea = lazyPage(/^\/company(\/|$)/, () => import('../company/CompanyArea'));
const UniversityArea = lazyPage(/^\/university(\/|$)/, () => import('../university/UniversityArea'));
const AdminArea = lazyPage(/^\/admin(\/|$)/, () => import('../admin/AdminArea'));

type Area = 'student' | 'company' | 'university' | 'admin';

function areaOf(member: Member): Area | null {
  const home = homeOf(member);
  return home === '/waiting' || home === '/sign-in' ? null : (home.slice(1) as Area);
}

/** An area's routes, for signed-in members of that area only; anyone else goes to sign-in or home. */
function Guard({ area, children }: { area: Area; children: ReactNode }) {
  const { status, member } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageLoader />;
  if (!member) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (areaOf(member) !== area) return <Navigate to={homeOf(member)} replace />;
  return <>{children}</>;
}

function Home() {
  const { status, member } = useAuth();
  if (status === 'loading') return <PageLoader />;
  return <Navigate to={homeOf(member)} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/register" element={<RegisterOrganizationPage />} />
        <Route path="/sign-up" element={<RegisterStudentPage />} />
        <Route path="/invitation" element={<InvitationPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/waiting" element={<WaitingPage />} />
        <Route
          path="/student/*"
          element={
            <Guard area="student">
              <StudentArea />
            </Guard>
          }
        />
        <Route
          path="/company/*"
          element={
            <Guard area="company">
              <CompanyArea />
            </Guard>
          }
        />
        <Route
          path="/university/*"
          element={
            <Guard area="university">
              <UniversityArea />
            </Guard>
          }
        />
        <Route
          path="/admin/*"
          element={
            <Guard area="admin">
              <AdminArea />
            </Guard>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
