import { Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { describeError } from '../../app/errors';
import { useFormErrors } from '../../app/useFormErrors';
import { CompanyMembersDocument, InviteMemberDocument, RemoveMemberDocument, type MemberRole } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { StatusBadge } from '../components/StatusBadge';

const ROLE: Record<string, string> = { ADMIN: 'Admin', COORDINATOR: 'Host' };
const STATUS = {
  ACTIVE: { label: 'Active', color: TONES.success },
  INVITED: { label: 'Invited', color: TONES.waiting },
  REMOVED: { label: 'Removed', color: TONES.neutral },
};

function InviteForm({ onDone }: { onDone: (m: string) => void }) {
  const [state, invite] = useMutation(InviteMemberDocument);
  const form = useForm({
    initialValues: { fullName: '', email: '', role: 'COORDINATOR' as MemberRole },
    validate: {
      fullName: (v) => (v.trim().length >= 2 ? null : 'Give their full name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Give a valid email address'),
    },
  });
  const errors = useFormErrors(form, ['fullName', 'email', 'role']);
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await invite({ input: { fullName: v.fullName.trim(), email: v.email.trim(), role: v.role } });
    if (result.error) errors.show(result.error);
    else {
      form.reset();
      onDone(`${v.fullName.trim()} is invited: the invitation went to ${v.email.trim()}.`);
    }
  });
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invite-title">
          Invite a member
        </Title>
        <FormAlert message={errors.message} title="Could not invite" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Full name" required {...form.getInputProps('fullName')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <NativeSelect
            label="Role"
            data={[
              { value: 'COORDINATOR', label: 'Host (manages offers and applicants)' },
              { value: 'ADMIN', label: 'Admin (also members and webhooks)' },
            ]}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={state.fetching}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function MembersPage() {
  usePageTitle('Members');
  const { member: me } = useAuth();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyMembersDocument,
    requestPolicy: 'cache-and-network',
  });
  const [removing, remove] = useMutation(RemoveMemberDocument);
  const [target, setTarget] = useState<{ id: string; fullName: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const isAdmin = data?.me.role === 'ADMIN';
  const members = (data?.me.organization?.members ?? []).filter((m) => m.status !== 'REMOVED');
  const finish = (m: string) => {
    setDone(m);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Stack gap="md">
      <PageTitle>Members</PageTitle>
      <DoneAlert message={done} />
      <FormAlert message={message} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {isAdmin ? (
          <InviteForm onDone={finish} />
        ) : (
          <Text size="sm">Only your organization's admins invite and remove members.</Text>
        )}
        {members.length === 0 ? (
          <EmptyState title="No member" />
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Members">
            {members.map((m) => (
              <Card withBorder component="li" key={m.id} p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600}>{m.fullName}</Text>
                      <Text size="sm">{ROLE[m.role] ?? m.role}</Text>
                      <StatusBadge tone={STATUS[m.status]} />
                    </Group>
                    <Text size="sm" className="break-words">
                      {m.email} · since {formatDate(m.createdAt)}
                    </Text>
                  </div>
                  {isAdmin && m.id !== me?.id && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.8"
                      onClick={() => setTarget(m)}
                      aria-label={`Remove ${m.fullName}`}
                    >
                      Remove
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close the dialog' }}
        opened={!!target}
        onClose={() => setTarget(null)}
        title={`Remove ${target?.fullName ?? ''}?`}
      >
        <Stack>
          <Text size="sm">They are signed out everywhere and can no longer act for your company.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              Cancel
            </Button>
            <Button
              color="red.8"
              loading={removing.fetching}
              onClick={async () => {
                const t = target!;
                setTarget(null);
                setMessage(null);
                const r = await remove({ id: t.id });
                if (r.error) setMessage(describeError(r.error).message);
                else finish(`${t.fullName} is removed.`);
              }}
            >
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
