import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { UniversityStudentApplicationsDocument, type ApplicationStatus } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { applicationStatus, offerKindLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { ScrollTable } from '../components/ScrollTable';

const STATUSES: ApplicationStatus[] = [
  'SUBMITTED',
  'SHORTLISTED',
  'OFFERED',
  'ACCEPTED',
  'DECLINED',
  'REJECTED',
  'WITHDRAWN',
  'WAITLISTED',
  'VIRTUAL',
];

export default function StudentsPage() {
  usePageTitle("Students' applications");
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const [programId, setProgramId] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UniversityStudentApplicationsDocument,
    variables: { status, after },
  });
  const programs = data?.me.organization?.programs ?? [];
  const rows = (data?.applications.edges.map((e) => e.node) ?? []).filter(
    (a) => !programId || a.programId === programId,
  );
  return (
    <Stack gap="md">
      <PageTitle>Students&apos; applications</PageTitle>
      <Text size="sm">
        Where each of your students stands: their applications to companies&apos; offers and the outcomes, with the
        match explanation after a round.
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Program"
          data={[{ value: '', label: 'All programs' }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
          value={programId ?? ''}
          onChange={(v) => setProgramId(v || null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label="Status"
          data={[
            { value: '', label: 'All statuses' },
            ...STATUSES.map((s) => ({ value: s, label: applicationStatus(s).label })),
          ]}
          value={status ?? ''}
          onChange={(v) => {
            setStatus(v || null);
            setAfter(null);
          }}
          allowDeselect={false}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {rows.length === 0 ? (
          <EmptyState title="No application here">Your students&apos; applications appear as they apply.</EmptyState>
        ) : (
          <ScrollTable label="Students' applications" minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Student</Table.Th>
                  <Table.Th scope="col">Offer</Table.Th>
                  <Table.Th scope="col">Starts</Table.Th>
                  <Table.Th scope="col">Choice</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => {
                  const s = applicationStatus(a.status);
                  return (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.student.fullName}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{a.offer.title}</Text>
                        <Text size="xs">
                          {offerKindLabel(a.offer.kind)} · {a.offer.company?.name ?? 'company'}
                        </Text>
                        {a.matchExplanation && <Text size="xs">{a.matchExplanation}</Text>}
                      </Table.Td>
                      <Table.Td>{formatDateTime(a.slot.startsAt)}</Table.Td>
                      <Table.Td>#{a.rank}</Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color={s.color}>
                          {s.label}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Group>
          {after && (
            <Button variant="default" onClick={() => setAfter(null)}>
              First page
            </Button>
          )}
          {data?.applications.pageInfo.hasNextPage && (
            <Button variant="default" onClick={() => setAfter(data.applications.pageInfo.endCursor ?? null)}>
              Next page
            </Button>
          )}
        </Group>
      </QueryState>
    </Stack>
  );
}
