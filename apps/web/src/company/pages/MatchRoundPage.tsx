import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { CompanyMatchRoundDocument, PublishMatchRoundDocument, RerunMatchRoundDocument } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { PageTitle, QueryState, EmptyState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { StatusBadge } from '../components/StatusBadge';
import { outcomeLabel, runStatus } from '../labels';

const POLL_MS = 1500;

export default function MatchRoundPage() {
  const { id = '' } = useParams();
  usePageTitle('Match round');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyMatchRoundDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [rerunning, rerun] = useMutation(RerunMatchRoundDocument);
  const [publishing, publish] = useMutation(PublishMatchRoundDocument);
  const [seed, setSeed] = useState<number | ''>('');
  const [confirmPublish, setConfirmPublish] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const round = data?.matchRound;
  const working = round?.runStatus === 'QUEUED' || round?.runStatus === 'RUNNING';

  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [working, refetch]);

  const names = new Map<string, string>();
  const offers = new Map<string, string>();
  for (const { node } of data?.applications.edges ?? []) {
    names.set(node.student.id, node.student.fullName);
    offers.set(node.offer.id, node.offer.title);
  }
  const byOffer = new Map<string, NonNullable<typeof round>['results']>();
  for (const line of round?.results ?? []) byOffer.set(line.offerId, [...(byOffer.get(line.offerId) ?? []), line]);

  const act = async (run: () => Promise<{ error?: Parameters<typeof describeError>[0] }>, success: string) => {
    setMessage(null);
    setDone(null);
    const r = await run();
    if (r.error) setMessage(describeError(r.error).message);
    else setDone(success);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/company/rounds" size="sm">
        Back to the match rounds
      </Anchor>
      <PageTitle>Match round</PageTitle>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!round}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {round && (
          <>
            <Card withBorder>
              <Stack gap="xs">
                <Group gap="xs" wrap="wrap">
                  <StatusBadge
                    tone={{
                      label: round.status === 'PUBLISHED' ? 'Published' : 'Draft',
                      color: round.status === 'PUBLISHED' ? '#2b6e36' : '#495057',
                    }}
                  />
                  <StatusBadge tone={runStatus(round.runStatus)} />
                  <Text size="sm">
                    Created {formatDateTime(round.createdAt)} · run {round.runs} {round.runs === 1 ? 'time' : 'times'} ·
                    seed {round.seed}
                    {round.ranAt ? ` · last run ${formatDateTime(round.ranAt)}` : ''}
                    {round.publishedAt ? ` · published ${formatDateTime(round.publishedAt)}` : ''}
                  </Text>
                </Group>
                <Text size="sm">Offers: {round.offerIds.map((o) => offers.get(o) ?? 'an offer').join(', ')}</Text>
                {working && (
                  <div role="status" aria-live="polite">
                    <Text size="sm">
                      {round.runStatus === 'QUEUED' ? 'Waiting for the worker…' : `Matching: ${round.progress}%`}
                    </Text>
                    <Progress value={round.progress} animated aria-label={`Progress ${round.progress}%`} />
                  </div>
                )}
                {round.runStatus === 'FAILED' && (
                  <Alert color="red" title="The run failed">
                    {round.error ?? 'Run it again.'}
                  </Alert>
                )}
              </Stack>
            </Card>
            <DoneAlert message={done} />
            <FormAlert message={message} />
            {round.status === 'DRAFT' && (
              <Card withBorder>
                <Group align="flex-end" wrap="wrap" gap="sm">
                  <NumberInput
                    label="New lottery seed"
                    description="Empty: the recorded seed"
                    min={0}
                    max={4294967295}
                    allowDecimal={false}
                    value={seed}
                    onChange={(v) => setSeed(typeof v === 'number' ? v : '')}
                    maw={260}
                  />
                  <Button
                    variant="default"
                    loading={rerunning.fetching}
                    disabled={working}
                    onClick={() => act(() => rerun({ id, seed: seed === '' ? null : seed }), 'Re-running the round.')}
                  >
                    Re-run
                  </Button>
                  <Button
                    loading={publishing.fetching}
                    disabled={working || round.runStatus !== 'DONE'}
                    onClick={() => setConfirmPublish(true)}
                  >
                    Publish
                  </Button>
                </Group>
              </Card>
            )}
            <Modal
              closeButtonProps={{ 'aria-label': 'Close the dialog' }}
              opened={confirmPublish}
              onClose={() => setConfirmPublish(false)}
              title="Publish this round?"
            >
              <Stack>
                <Text size="sm">
                  Matched students are offered their seat; the others are waitlisted or placed virtually. Everyone is
                  told. This cannot be undone.
                </Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirmPublish(false)}>
                    Cancel
                  </Button>
                  <Button
                    onClick={async () => {
                      setConfirmPublish(false);
                      await act(() => publish({ id }), 'Published: every student has been told.');
                    }}
                  >
                    Publish the round
                  </Button>
                </Group>
              </Stack>
            </Modal>
            {round.results.length === 0 ? (
              <EmptyState title={working ? 'The draft appears when the run is done' : 'No result'}>
                {working ? null : 'Nobody applied to these offers, or the round has not run yet.'}
              </EmptyState>
            ) : (
              [...byOffer.entries()].map(([offerId, lines]) => (
                <Card
                  withBorder
                  component="section"
                  key={offerId}
                  aria-label={`Draft for ${offers.get(offerId) ?? 'an offer'}`}
                >
                  <Title order={2} size="h4" mb="xs" className="break-words">
                    {offers.get(offerId) ?? 'Offer'}
                  </Title>
                  <Table.ScrollContainer minWidth={300}>
                    <Table verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Student</Table.Th>
                          <Table.Th scope="col">Outcome and why</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {lines.map((l) => (
                          <Table.Tr key={l.applicationId}>
                            <Table.Td>
                              <Text size="sm" fw={600}>
                                {names.get(l.studentId) ?? 'A student'}
                              </Text>
                              <Text size="xs">
                                Their choice {l.choice} · your rank {l.companyRank ?? 'none'}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <StatusBadge tone={outcomeLabel(l.outcome)} />
                              <Text size="sm" className="break-words">
                                {l.explanation}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Card>
              ))
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
