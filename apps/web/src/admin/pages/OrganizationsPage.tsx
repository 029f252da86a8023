import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { AllOrganizationsDocument, type OrganizationKind } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { ScrollTable } from './ScrollTable';

export default function OrganizationsPage() {
  usePageTitle('All organizations');
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [status, setStatus] = useState<string>('');
  // Unset filters are left out: the API answers an explicit null `verified` with an internal error.
  const variables = { ...(kind && { kind }), ...(status && { verified: status === 'verified' }) };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AllOrganizationsDocument,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const organizations = data?.organizations ?? [];
  return (
    <Stack gap="md">
      <PageTitle>All organizations</PageTitle>
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Kind"
          data={[
            { value: '', label: 'All kinds' },
            { value: 'COMPANY', label: 'Companies' },
            { value: 'UNIVERSITY', label: 'Universities' },
          ]}
          value={kind ?? ''}
          onChange={(v) => setKind(v || null)}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label="Status"
          data={[
            { value: '', label: 'Any status' },
            { value: 'verified', label: 'Verified' },
            { value: 'waiting', label: 'Waiting for verification' },
          ]}
          value={status}
          onChange={(v) => setStatus(v ?? '')}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {organizations.length === 0 ? (
          <EmptyState title="No organization matches" />
        ) : (
          <ScrollTable label="Organizations" minWidth={560}>
            <Table striped>
              <Table.Caption>{organizations.length} organizations</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Where</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Text size="sm">{o.name}</Text>
                      {o.website && (
                        <Text size="xs" style={{ wordBreak: 'break-all' }}>
                          {o.website}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{o.kind === 'COMPANY' ? 'Company' : 'University'}</Table.Td>
                    <Table.Td>{[o.city, o.country].filter(Boolean).join(', ')}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={o.verified ? TONES.success : TONES.attention}>
                        {o.verified ? 'Verified' : 'Waiting'}
                      </Badge>
                      <Text size="xs">
                        {o.verified && o.verifiedAt
                          ? `since ${formatDate(o.verifiedAt)}`
                          : `registered ${formatDate(o.createdAt)}`}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
    </Stack>
  );
}
