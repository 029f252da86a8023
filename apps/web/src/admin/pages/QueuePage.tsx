import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { VerificationQueueDocument, VerifyOrganizationDocument } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';

const ROLE: Record<string, string> = {
  ADMIN: 'admin',
  COORDINATOR: 'coordinator',
  STUDENT: 'student',
  PLATFORM_ADMIN: 'platform admin',
};

export default function QueuePage() {
  usePageTitle('Verification queue');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VerificationQueueDocument,
    requestPolicy: 'cache-and-network',
  });
  const [, verify] = useMutation(VerifyOrganizationDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [verified, setVerified] = useState<string | null>(null);
  const waiting = (data?.organizations ?? []).filter((o) => !o.verified);

  const onVerify = async (id: string) => {
    setMessage(null);
    setVerified(null);
    setBusy(id);
    const result = await verify({ id });
    setBusy(null);
    if (result.error) setMessage(describeError(result.error).message);
    else {
      setVerified(result.data?.verifyOrganization.name ?? 'The organization');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Stack gap="md">
      <PageTitle>Verification queue</PageTitle>
      <Text size="sm">
        An unverified organization can act on nothing and reach nobody. Check that it is real (website, address, the
        people who registered it) before verifying it.
      </Text>
      <Group>
        <Anchor href="/admin/queues" target="_blank" rel="noopener">
          Open the queue dashboard (background jobs, in a new tab)
        </Anchor>
      </Group>
      {verified && (
        <Alert
          color={TONES.success}
          variant="outline"
          role="status"
          title="Verified"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setVerified(null)}
        >
          {verified} is verified: its members are told and it can now act.
        </Alert>
      )}
      <FormAlert message={message} title="Could not verify" />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {waiting.length === 0 ? (
          <EmptyState title="Nobody is waiting">
            New companies and universities appear here when they register.
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {waiting.map((o) => (
              <Card withBorder key={o.id} component="article" aria-labelledby={`org-${o.id}`}>
                <Group justify="space-between" wrap="wrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Title order={2} size="h4" id={`org-${o.id}`}>
                        {o.name}
                      </Title>
                      <Badge variant="outline" color={TONES.neutral}>
                        {o.kind === 'COMPANY' ? 'Company' : 'University'}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {[o.city, o.country].filter(Boolean).join(', ') || 'No location given'}
                      {o.latitude != null && o.longitude != null
                        ? ` (${o.latitude.toFixed(4)}, ${o.longitude.toFixed(4)})`
                        : ''}
                    </Text>
                    <Text size="sm">Registered {formatDateTime(o.createdAt)}</Text>
                    {o.website ? (
                      <Anchor
                        href={o.website}
                        target="_blank"
                        rel="noreferrer noopener"
                        size="sm"
                        style={{ wordBreak: 'break-all' }}
                      >
                        {o.website}
                      </Anchor>
                    ) : (
                      <Text size="sm">No website given</Text>
                    )}
                    {o.members.length > 0 && (
                      <List size="sm" aria-label={`People of ${o.name}`}>
                        {o.members.map((m) => (
                          <List.Item key={m.id} style={{ wordBreak: 'break-word' }}>
                            {m.fullName} ({ROLE[m.role] ?? m.role}), {m.email}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Stack>
                  <Button loading={busy === o.id} disabled={!!busy && busy !== o.id} onClick={() => onVerify(o.id)}>
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
