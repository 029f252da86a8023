import { Anchor, Badge, Button, Card, Group, List, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { CloseOfferDocument, CompanyOfferDocument, PublishOfferDocument } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { formatLabel, levelLabel, offerKindLabel, requirementLabel } from '../../ui/labels';
import { PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { StatusBadge } from '../components/StatusBadge';
import { offerStatus, TIME_ZONE } from '../labels';

export default function OfferPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyOfferDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [publishing, publish] = useMutation(PublishOfferDocument);
  const [closing, close] = useMutation(CloseOfferDocument);
  const [confirmClose, setConfirmClose] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(saved ?? null);
  const offer = data?.offer;
  usePageTitle(offer?.title ?? 'Offer');

  const act = async (run: () => Promise<{ error?: Parameters<typeof describeError>[0] }>, success: string) => {
    setMessage(null);
    setDone(null);
    const result = await run();
    if (result.error) setMessage(describeError(result.error).message);
    else setDone(success);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/company/offers" size="sm">
        Back to the offers
      </Anchor>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!offer}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {offer && (
          <>
            <div>
              <PageTitle>{offer.title}</PageTitle>
              <Group gap="xs" mt={-8} wrap="wrap">
                <StatusBadge tone={offerStatus(offer.status)} />
                <Text size="sm">
                  {offerKindLabel(offer.kind)} · apply by {formatDateTime(offer.applicationDeadline)} ·{' '}
                  {offer.allocation === 'MATCH_ROUND' ? 'seats by match round' : 'seats offered as you review'}
                </Text>
              </Group>
            </div>
            <DoneAlert message={done} />
            <FormAlert message={message} />
            <Group gap="sm" wrap="wrap">
              {offer.status === 'DRAFT' && (
                <Button
                  loading={publishing.fetching}
                  onClick={() =>
                    act(() => publish({ id }), 'Published: verified students and universities can see it now.')
                  }
                >
                  Publish
                </Button>
              )}
              {offer.status !== 'CLOSED' && (
                <Button variant="default" component={Link} to={`/company/offers/${id}/edit`}>
                  Edit
                </Button>
              )}
              <Button variant="default" component={Link} to={`/company/offers/${id}/applicants`}>
                Applicants
              </Button>
              <Button variant="default" component={Link} to={`/company/bookings?offer=${id}`}>
                Bookings
              </Button>
              {offer.status === 'PUBLISHED' && (
                <Button color="red.8" variant="outline" onClick={() => setConfirmClose(true)}>
                  Close
                </Button>
              )}
            </Group>
            <Modal
              closeButtonProps={{ 'aria-label': 'Close the dialog' }}
              opened={confirmClose}
              onClose={() => setConfirmClose(false)}
              title="Close this offer?"
            >
              <Stack>
                <Text size="sm">
                  Students can no longer apply and universities can no longer book. Seats already given stay given.
                </Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirmClose(false)}>
                    Keep it open
                  </Button>
                  <Button
                    color="red.8"
                    loading={closing.fetching}
                    onClick={async () => {
                      setConfirmClose(false);
                      await act(() => close({ id }), 'Closed.');
                    }}
                  >
                    Close the offer
                  </Button>
                </Group>
              </Stack>
            </Modal>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder>
                <Stack gap="xs">
                  <Text className="break-words">{offer.description || 'No description yet.'}</Text>
                  <Group gap={6} wrap="wrap">
                    {offer.topics.map((t) => (
                      <Badge key={t} variant="outline" color="gray.8">
                        {t}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="sm">Open to: {offer.eligibleLevels.map(levelLabel).join(', ')}</Text>
                  {offer.priorityGroup && (
                    <Text size="sm">
                      Priority reserve: {offer.priorityGroup.reservedSeats} seats of each slot held for{' '}
                      {offer.priorityGroup.name ?? 'the priority group'} until the deadline.
                    </Text>
                  )}
                  {offer.publishedAt && <Text size="sm">Published {formatDateTime(offer.publishedAt)}</Text>}
                </Stack>
              </Card>
              <Card withBorder component="section" aria-labelledby="facility-title">
                <Stack gap="xs">
                  <Title order={2} size="h4" id="facility-title">
                    {offer.facility.name}
                  </Title>
                  <Text size="sm">
                    {offer.facility.city}, {offer.facility.country}
                  </Text>
                  {offer.facility.requirements.length === 0 ? (
                    <Text size="sm">No entry requirement.</Text>
                  ) : (
                    <List size="sm">
                      {offer.facility.requirements.map((r) => (
                        <List.Item key={r}>
                          {requirementLabel(r)}
                          {r === 'MINIMUM_AGE' && offer.facility.minimumAge
                            ? `: ${offer.facility.minimumAge} years`
                            : ''}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  {offer.virtualTwin ? (
                    <Text size="sm">
                      Virtual alternative: {formatLabel(offer.virtualTwin.format)}, {offer.virtualTwin.taken} placed
                      {offer.virtualTwin.capacity ? ` of ${offer.virtualTwin.capacity}` : ' (no limit)'}.{' '}
                      {offer.virtualTwin.joinUrl && (
                        <Anchor
                          href={offer.virtualTwin.joinUrl}
                          target="_blank"
                          rel="noreferrer"
                          className="break-words"
                        >
                          Join link
                        </Anchor>
                      )}
                    </Text>
                  ) : (
                    <Text size="sm">No virtual alternative: people beyond the onsite seats wait on the waitlist.</Text>
                  )}
                </Stack>
              </Card>
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="slots-title">
              <Title order={2} size="h4" id="slots-title" mb="xs">
                {offer.kind === 'SITE_VISIT' ? 'Sessions' : 'Periods'}
              </Title>
              <Table.ScrollContainer minWidth={320}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">When</Table.Th>
                      <Table.Th scope="col">Taken</Table.Th>
                      <Table.Th scope="col">Free</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {offer.slots.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          {formatDateTime(s.startsAt)} to {formatDateTime(s.endsAt)}
                        </Table.Td>
                        <Table.Td>
                          {s.taken} / {s.capacity}
                        </Table.Td>
                        <Table.Td>{s.free}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" mt={4}>
                Times in your time zone ({TIME_ZONE}).
              </Text>
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
