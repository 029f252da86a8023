import { Anchor, Button, Card, Checkbox, Group, NumberInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { CompanyMatchRoundsDocument, CreateMatchRoundDocument } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { StatusBadge } from '../components/StatusBadge';
import { runStatus } from '../labels';

export default function MatchRoundsPage() {
  usePageTitle('Match rounds');
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyMatchRoundsDocument,
    requestPolicy: 'cache-and-network',
  });
  const [creating, create] = useMutation(CreateMatchRoundDocument);
  const [chosen, setChosen] = useState<string[]>([]);
  const [seed, setSeed] = useState<number | ''>('');
  const [message, setMessage] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const candidates = [...(data?.offers.edges ?? []), ...(data?.closed.edges ?? [])]
    .map((e) => e.node)
    .filter((o) => o.allocation === 'MATCH_ROUND');
  const rounds = data?.matchRounds ?? [];
  const title = (id: string) => candidates.find((o) => o.id === id)?.title ?? 'an offer';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setFieldError(null);
    if (chosen.length === 0) {
      setFieldError('Choose at least one offer');
      return;
    }
    const result = await create({ input: { offerIds: chosen, seed: seed === '' ? null : seed } });
    if (result.error) {
      const d = describeError(result.error);
      setFieldError(d.fields.offerIds ?? null);
      setMessage(d.fields.offerIds ? null : d.message);
    } else if (result.data) void navigate(`/company/rounds/${result.data.createMatchRound.id}`);
  };

  return (
    <Stack gap="md">
      <PageTitle>Match rounds</PageTitle>
      <Text size="sm">
        A match round allocates the seats of your match-round offers after their deadline: students propose in their own
        order, you rank them, and the result stays a draft until you publish it.
      </Text>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="new-round-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="new-round-title">
              New round
            </Title>
            <FormAlert message={message} title="Could not create the round" />
            {candidates.length === 0 ? (
              <EmptyState title="No match-round offer">
                Create an offer with the seat mode “a match round allocates seats” to run a round.
              </EmptyState>
            ) : (
              <Checkbox.Group
                label="Offers in the round"
                description="Only offers whose deadline has passed can be matched."
                value={chosen}
                onChange={setChosen}
                error={fieldError}
                required
              >
                <Stack gap={6} mt={6}>
                  {candidates.map((o) => (
                    <Checkbox
                      key={o.id}
                      value={o.id}
                      label={`${o.title} (deadline ${formatDateTime(o.applicationDeadline)}${new Date(o.applicationDeadline).getTime() > Date.now() ? ', still open' : ''})`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <NumberInput
              label="Lottery seed"
              description="Optional: ties are broken by a recorded lottery; give a seed to reproduce a run."
              min={0}
              max={4294967295}
              allowDecimal={false}
              value={seed}
              onChange={(v) => setSeed(typeof v === 'number' ? v : '')}
              maw={320}
            />
            <Group>
              <Button type="submit" loading={creating.fetching} disabled={candidates.length === 0}>
                Create and run
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="rounds-title">
          <Title order={2} size="h4" id="rounds-title" mb="xs">
            Rounds
          </Title>
          {rounds.length === 0 ? (
            <EmptyState title="No round yet" />
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {rounds.map((r) => (
                <Card withBorder component="li" key={r.id} p="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Anchor component={Link} to={`/company/rounds/${r.id}`} fw={600} className="break-words">
                      Round of {formatDateTime(r.createdAt)}: {r.offerIds.map(title).join(', ')}
                    </Anchor>
                    <Group gap={6}>
                      <StatusBadge
                        tone={{
                          label: r.status === 'PUBLISHED' ? 'Published' : 'Draft',
                          color: r.status === 'PUBLISHED' ? '#2b6e36' : '#495057',
                        }}
                      />
                      <StatusBadge tone={runStatus(r.runStatus)} />
                    </Group>
                  </Group>
                  {(r.runStatus === 'QUEUED' || r.runStatus === 'RUNNING') && (
                    <Progress value={r.progress} mt="xs" aria-label={`Progress ${r.progress}%`} />
                  )}
                </Card>
              ))}
            </Stack>
          )}
        </Card>
      </QueryState>
    </Stack>
  );
}
