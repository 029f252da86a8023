import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../app/errors';
import { AllOrganizationsDocument, VerificationQueueDocument, VerifyOrganizationDocument } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { TONES } from '../ui/labels';
import { FormAlert } from '../ui/FormAlert';
import { Shell, type NavItem } from '../ui/Shell';
import { EmptyState, PageTitle, QueryState } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';

const NAV: NavItem[] = [
  { to: '/admin', label: 'Verification queue', end: true },
  { to: '/admin/organizations', label: 'All organizations' },
];

function QueuePage() {
  usePageTitle('Verification queue');
  const [{ data, fetching, error }, refetch] = useQuery({ query: VerificationQueueDocument });
  const [verifying, verify] = useMutation(VerifyOrganizationDocument);
  const [message, setMessage] = useState<string | null>(null);
  const waiting = (data?.organizations ?? []).filter((o) => !o.verified);
  return (
    <Stack gap="md">
      <PageTitle>Verification queue</PageTitle>
      <Text size="sm">
        An unverified organization can act on nothing and reach nobody. Check that it is real (website, address) before verifying it.{' '}
        <Anchor href="/admin/queues">Open the queue dashboard</Anchor>
      </Text>
      <FormAlert message={message} />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {waiting.length === 0 ? (
          <EmptyState title="Nobody is waiting">New companies and universities appear here when they register.</EmptyState>
        ) : (
          <Stack gap="sm">
            {waiting.map((o) => (
              <Card withBorder key={o.id}>
                <Group justify="space-between" wrap="wrap" align="flex-start">
                  <Stack gap={2}>
                    <Title order={2} size="h4">
                      {o.name}
                    </Title>
                    <Text size="sm">
                      {o.kind === 'COMPANY' ? 'Company' : 'University'} · {[o.city, o.country].filter(Boolean).join(', ') || 'no location given'} · registered{' '}
                      {formatDate(o.createdAt)}
                    </Text>
                    {o.website && (
                      <Anchor href={o.website} target="_blank" rel="noreferrer" size="sm">
                        {o.website}
                      </Anchor>
                    )}
                  </Stack>
                  <Button
                    loading={verifying.fetching}
                    onClick={async () => {
                      setMessage(null);
                      const result = await verify({ id: o.id });
                      if (result.error) setMessage(describeError(result.error).message);
                      else refetch({ requestPolicy: 'network-only' });
                    }}
                  >
                    Verify {o.name}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function OrganizationsPage() {
  usePageTitle('All organizations');
  const [{ data, fetching, error }, refetch] = useQuery({ query: AllOrganizationsDocument });
  return (
    <Stack gap="md">
      <PageTitle>All organizations</PageTitle>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Where</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.organizations ?? []).map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>{o.kind === 'COMPANY' ? 'Company' : 'University'}</Table.Td>
                  <Table.Td>{[o.city, o.country].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge color={o.verified ? TONES.success : TONES.attention}>{o.verified ? 'Verified' : 'Waiting'}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </Stack>
  );
}

export default function AdminArea() {
  return (
    <Shell nav={NAV}>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
      </Routes>
    </Shell>
  );
}
