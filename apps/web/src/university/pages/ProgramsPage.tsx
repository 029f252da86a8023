import { Alert, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { OwnProgramsDocument } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { levelLabel, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { percent } from '../components/labels';
import { ProgramForm } from '../components/ProgramForm';
import { ScrollTable } from '../components/ScrollTable';

export default function ProgramsPage() {
  usePageTitle('Programs');
  const [{ data, fetching, error }, refetch] = useQuery({ query: OwnProgramsDocument });
  const [created, setCreated] = useState<string | null>(null);
  const programs = data?.me.organization?.programs ?? [];
  return (
    <Stack gap="md">
      <PageTitle>Programs</PageTitle>
      <Text size="sm">
        Students choose one of these programs when they sign up; bookings and partner requests are made for a
        program&apos;s cohort.
      </Text>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {programs.length === 0 ? (
          <EmptyState title="No program yet">Create the first one below.</EmptyState>
        ) : (
          <ScrollTable label="Programs" minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Program</Table.Th>
                  <Table.Th scope="col">Level</Table.Th>
                  <Table.Th scope="col">Cohort</Table.Th>
                  <Table.Th scope="col">Term</Table.Th>
                  <Table.Th scope="col">Minimum onsite</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {p.name}
                      </Text>
                      <Group gap={4} mt={2}>
                        {p.topics.map((t) => (
                          <Badge key={t} size="xs" variant="outline" color="gray.8">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{levelLabel(p.level)}</Table.Td>
                    <Table.Td>{p.cohortSize}</Table.Td>
                    <Table.Td>
                      {formatDate(p.termStart)} to {formatDate(p.termEnd)}
                    </Table.Td>
                    <Table.Td>{p.minimumOnsiteShare > 0 ? percent(p.minimumOnsiteShare) : 'none'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
      <Card withBorder component="section" aria-labelledby="new-program">
        <Title order={2} size="h4" id="new-program" mb="sm">
          New program
        </Title>
        {created && (
          <Alert
            color={TONES.success}
            variant="outline"
            role="status"
            mb="sm"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setCreated(null)}
          >
            {created} is created.
          </Alert>
        )}
        <ProgramForm
          onCreated={(name) => {
            setCreated(name);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      </Card>
    </Stack>
  );
}
