import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PublicLayout } from '../../ui/PublicLayout';

export default function NotFoundPage() {
  return (
    <PublicLayout title="Page not found">
      <Text>There is no page at this address.</Text>
      <Anchor component={Link} to="/">
        Go to your home page
      </Anchor>
    </PublicLayout>
  );
}
