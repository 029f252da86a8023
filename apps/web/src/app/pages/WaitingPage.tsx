import { Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { MeDocument } from '../../gql/graphql';
import { PageLoader } from '../../ui/PageLoader';
import { PublicLayout } from '../../ui/PublicLayout';
import { homeOf, useAuth } from '../auth';

export default function WaitingPage() {
  const auth = useAuth();
  const client = useClient();
  const navigate = useNavigate();

  useEffect(() => {
    document.title = 'Waiting for verification · Practicum';
  }, []);

  if (auth.status === 'loading') return <PageLoader />;
  if (!auth.member) return <Navigate to="/sign-in" replace />;
  if (homeOf(auth.member) !== '/waiting') return <Navigate to={homeOf(auth.member)} replace />;

  const check = async () => {
    const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.me.organization?.verified) {
      // Signing in again loads the verified organization into the session.
      auth.signOut('Your organization is verified. Sign in again to start.');
      void navigate('/sign-in', { replace: true });
    }
  };

  return (
    <PublicLayout title="Waiting for verification">
      <Text>
        Thank you for registering <strong>{auth.member.organization?.name}</strong>. The Practicum team checks every new
        organization before it can post, book or contact anyone, so that students only ever meet real employers and
        universities.
      </Text>
      <Text>We email you as soon as it is verified. This usually takes one working day.</Text>
      <Group>
        <Button onClick={check} variant="light">
          Check again
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            auth.signOut('You are signed out.');
            void navigate('/sign-in');
          }}
        >
          Sign out
        </Button>
      </Group>
    </PublicLayout>
  );
}
