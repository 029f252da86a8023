import {
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import { useFormErrors } from '../../app/useFormErrors';
import {
  CompanyWebhooksDocument,
  RegisterWebhookDocument,
  RemoveWebhookDocument,
  RetryWebhookDeliveryDocument,
  type DeliveryStatus,
} from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore } from '../../ui/useLoadMore';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { FilterButtons } from '../components/FilterButtons';
import { StatusBadge } from '../components/StatusBadge';
import { deliveryStatus, WEBHOOK_EVENTS } from '../labels';

function RegisterForm({ onRegistered }: { onRegistered: (secret: string) => void }) {
  const [state, register] = useMutation(RegisterWebhookDocument);
  const form = useForm({
    initialValues: { url: '', events: ['booking.proposed', 'application.submitted'] as string[] },
    validate: {
      url: (v) => (/^https?:\/\/\S+$/.test(v.trim()) ? null : 'An http(s) address that answers a signed POST'),
      events: (v) => (v.length ? null : 'Choose at least one event'),
    },
  });
  const errors = useFormErrors(form, ['url', 'events']);
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const r = await register({ input: { url: v.url.trim(), events: v.events } });
    if (r.error) errors.show(r.error);
    else if (r.data) {
      form.reset();
      onRegistered(r.data.registerWebhook.secret);
    }
  });
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="register-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="register-title">
          Register an endpoint
        </Title>
        <FormAlert message={errors.message} title="Could not register" />
        <TextInput label="URL" required placeholder="https://example.com/practicum" {...form.getInputProps('url')} />
        <Checkbox.Group label="Events" required {...form.getInputProps('events')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} mt={6}>
            {WEBHOOK_EVENTS.map((e) => (
              <Checkbox key={e} value={e} label={e} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={state.fetching}>
            Register
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

const FILTERS = [
  { value: '', label: 'All deliveries' },
  { value: 'DEAD', label: 'Dead' },
  { value: 'PENDING', label: 'Pending' },
  { value: 'SENT', label: 'Sent' },
];

export default function WebhooksPage() {
  usePageTitle('Webhooks');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as DeliveryStatus | '';
  const list = usePagedQuery({
    query: CompanyWebhooksDocument,
    variables: { status: status || null },
    connection: (d) => d.webhookDeliveries,
    idOf: (e) => e.node.id,
  });
  const { data, fetching, error, refetch } = list;
  const [, remove] = useMutation(RemoveWebhookDocument);
  const [, retry] = useMutation(RetryWebhookDeliveryDocument);
  const [secret, setSecret] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const endpoints = data?.webhooks ?? [];
  const deliveries = list.edges.map((e) => e.node);
  const urlOf = (id: string) => endpoints.find((e) => e.id === id)?.url ?? 'a removed endpoint';

  const act = async (run: Promise<{ error?: Parameters<typeof describeError>[0] }>, success: string) => {
    setMessage(null);
    setDone(null);
    const r = await run;
    if (r.error) setMessage(describeError(r.error).message);
    else {
      setDone(success);
      refetch();
    }
  };

  return (
    <Stack gap="md">
      <PageTitle>Webhooks</PageTitle>
      <Text size="sm">
        Practicum sends signed POSTs (Standard Webhooks) to your endpoints for the events you choose, retrying failures.
      </Text>
      <DoneAlert message={done} />
      <FormAlert message={message} />
      <RegisterForm
        onRegistered={(s) => {
          setSecret(s);
          refetch();
        }}
      />
      <Modal
        closeButtonProps={{ 'aria-label': 'Close the dialog' }}
        opened={!!secret}
        onClose={() => setSecret(null)}
        title="Your signing secret"
        closeOnClickOutside={false}
      >
        <Stack>
          <Text size="sm">Copy it now: it is shown only this once. Verify each delivery's signature with it.</Text>
          <Code block className="break-words" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {secret}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={secret ?? ''}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy the secret'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={() => setSecret(null)}>I have saved it</Button>
          </Group>
        </Stack>
      </Modal>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={refetch}>
        <Card withBorder component="section" aria-labelledby="endpoints-title">
          <Title order={2} size="h4" id="endpoints-title" mb="xs">
            Endpoints
          </Title>
          {endpoints.length === 0 ? (
            <EmptyState title="No endpoint yet" />
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {endpoints.map((e) => (
                <Group component="li" key={e.id} justify="space-between" wrap="wrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} className="break-words" style={{ wordBreak: 'break-all' }}>
                      {e.url}
                    </Text>
                    <Text size="xs">
                      {e.events.join(', ')} · since {formatDateTime(e.createdAt)}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.8"
                    aria-label={`Remove the endpoint ${e.url}`}
                    onClick={() => act(remove({ id: e.id }), 'Endpoint removed.')}
                  >
                    Remove
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="deliveries-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="deliveries-title">
              Deliveries
            </Title>
            <FilterButtons
              label="Show deliveries by status"
              value={status}
              options={FILTERS}
              onChange={(v) => setParams(v ? { status: v } : {})}
            />
            {deliveries.length === 0 ? (
              <EmptyState title="No delivery here" />
            ) : (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {deliveries.map((d) => (
                  <Card component="li" withBorder key={d.id} p="xs">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <Group gap="xs" wrap="wrap">
                          <Text size="sm" fw={600}>
                            {d.event}
                          </Text>
                          <StatusBadge tone={deliveryStatus(d.status)} />
                        </Group>
                        <Text size="xs" style={{ wordBreak: 'break-all' }}>
                          to {urlOf(d.webhookEndpointId)} · {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'} ·{' '}
                          {d.sentAt ? `sent ${formatDateTime(d.sentAt)}` : `last try ${formatDateTime(d.updatedAt)}`}
                        </Text>
                        {d.lastError && (
                          <Text size="xs" c="red.9" className="break-words">
                            Last error: {d.lastError}
                          </Text>
                        )}
                      </div>
                      {d.status === 'DEAD' && (
                        <Button
                          size="xs"
                          aria-label={`Retry the ${d.event} delivery of ${formatDateTime(d.createdAt)}`}
                          onClick={() => act(retry({ id: d.id }), 'Sent again with a fresh round of attempts.')}
                        >
                          Retry
                        </Button>
                      )}
                    </Group>
                  </Card>
                ))}
              </Stack>
            )}
            {deliveries.length > 0 && (
              <LoadMore
                shown={deliveries.length}
                noun="deliveries"
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onMore={list.loadMore}
              />
            )}
          </Stack>
        </Card>
      </QueryState>
    </Stack>
  );
}
