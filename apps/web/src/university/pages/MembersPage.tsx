import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { UniversityMembersDocument, UniversityRemoveMemberDocument } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { TONES } from '../../ui/labels';
import { usePageTitle } from '../../ui/usePageTitle';
import { describeUniversityError } from '../components/errors';
import { InviteForm } from '../components/InviteForm';
import { memberStatus, roleLabel } from '../components/labels';
import { ScrollTable } from '../components/ScrollTable';

export default function MembersPage() {
  usePageTitle('Members');
  const [{ data, fetching, error }, refetch] = useQuery({ query: UniversityMembersDocument });
  const [{ fetching: removing }, remove] = useMutation(UniversityRemoveMemberDocument);
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const me = data?.me;
  const isAdmin = me?.role === 'ADMIN';
  const members = (me?.organization?.members ?? []).filter((m) => m.status !== 'REMOVED');
  const staff = members.filter((m) => m.role !== 'STUDENT');
  const students = members.filter((m) => m.role === 'STUDENT');

  const confirmRemove = async () => {
    if (!target) return;
    const result = await remove({ id: target.id });
    setMessage(result.error ? describeUniversityError(result.error).message : null);
    setTarget(null);
    refetch({ requestPolicy: 'network-only' });
  };

  const table = (rows: typeof members, caption: string) => (
    <ScrollTable label={caption} minWidth={560}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">{rows[0]?.role === 'STUDENT' ? 'Program' : 'Role'}</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {isAdmin && <Table.Th scope="col">Action</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => {
            const s = memberStatus(m.status);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{m.fullName}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{m.email}</Table.Td>
                <Table.Td>{m.role === 'STUDENT' ? (m.program?.name ?? '') : roleLabel(m.role)}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={s.color}>
                    {s.label}
                  </Badge>
                  <Text size="xs">since {formatDate(m.createdAt)}</Text>
                </Table.Td>
                {isAdmin && (
                  <Table.Td>
                    {m.id !== me?.id && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setTarget({ id: m.id, name: m.fullName })}
                        aria-label={`Remove ${m.fullName}`}
                      >
                        Remove
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );

  return (
    <Stack gap="md">
      <PageTitle>Members</PageTitle>
      <FormAlert message={message} title="Could not remove" />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {staff.length === 0 ? <EmptyState title="No staff member" /> : table(staff, 'Admins and coordinators')}
        {students.length === 0 ? (
          <EmptyState title="No student yet">Students join by signing up and choosing one of your programs.</EmptyState>
        ) : (
          table(students, 'Students')
        )}
        {isAdmin ? (
          <Card withBorder component="section" aria-labelledby="invite-title">
            <Title order={2} size="h4" id="invite-title" mb="sm">
              Invite a coordinator or admin
            </Title>
            {invited && (
              <Alert
                color={TONES.success}
                variant="outline"
                role="status"
                mb="sm"
                withCloseButton
                closeButtonLabel="Dismiss"
                onClose={() => setInvited(null)}
              >
                An invitation is on its way to {invited}.
              </Alert>
            )}
            <InviteForm
              onInvited={(email) => {
                setInvited(email);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          </Card>
        ) : (
          <Text size="sm">Only your university&apos;s admins invite and remove members.</Text>
        )}
      </QueryState>
      <Modal
        opened={!!target}
        onClose={() => setTarget(null)}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Remove ${target?.name ?? ''}?`}
      >
        <Stack gap="sm">
          <Text size="sm">They are signed out and can no longer act for your university.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              Keep
            </Button>
            <Button color="red.8" onClick={confirmRemove} loading={removing}>
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
