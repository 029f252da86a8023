import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useFormErrors } from '../../app/useFormErrors';
import {
  ApplyToOfferDocument,
  OfferDetailDocument,
  OfferSeatsDocument,
  type OfferDetailQuery,
} from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../ui/dates';
import { FacilityTime } from '../../ui/FacilityTime';
import { FormAlert } from '../../ui/FormAlert';
import {
  applicationStatus,
  ACTIVE_STATUSES,
  facilityKindLabel,
  formatLabel,
  levelLabel,
  offerKindLabel,
  requirementLabel,
} from '../../ui/labels';
import { PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTopics } from '../../ui/useTopics';
import { withLiveSeats } from './live-seats';

type Offer = OfferDetailQuery['offer'];

function seatsText(free: number, capacity: number) {
  return free > 0 ? `${free} of ${capacity} free` : `Full (${capacity} seats)`;
}

/** Stays up after the refetched offer shows the application, so the confirmation does not flash away. */
function ApplicationSent({ rank }: { rank: number }) {
  return (
    <Alert color="green" title="Application sent" role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          It is your choice number {rank}. The company sees it now; you hear from them in your notifications.
        </Text>
        <Anchor component={Link} to="/student/applications">
          See my applications
        </Anchor>
      </Stack>
    </Alert>
  );
}

function ApplyForm({ offer, nextRank, onSent }: { offer: Offer; nextRank: number; onSent: (rank: number) => void }) {
  const [{ fetching, data }, apply] = useMutation(ApplyToOfferDocument);
  const openSlots = offer.slots.filter((s) => new Date(s.startsAt).getTime() > Date.now());
  const form = useForm({
    initialValues: { motivation: '', slotId: openSlots.length === 1 ? openSlots[0].id : '' },
    validate: {
      motivation: (v) =>
        v.trim().length >= 20
          ? null
          : 'Tell the company in a few sentences (20 characters or more) why you want this place',
      slotId: (v) => (offer.slots.length > 1 && !v ? 'Choose a session or period' : null),
    },
  });
  const errors = useFormErrors(form, ['motivation', 'slotId']);

  if (data) return <ApplicationSent rank={data.applyToOffer.rank} />;

  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await apply({
      input: { offerId: offer.id, motivation: v.motivation.trim(), rank: nextRank, slotId: v.slotId || undefined },
    });
    if (result.data) onSent(result.data.applyToOffer.rank);
    if (result.error) errors.show(result.error);
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="apply-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="apply-title">
          Apply
        </Title>
        <FormAlert message={errors.message} title="Could not apply" />
        {offer.slots.length > 1 && (
          <Radio.Group
            label={offer.kind === 'SITE_VISIT' ? 'Session' : 'Period'}
            required
            {...form.getInputProps('slotId')}
          >
            <Stack gap={6} mt={6}>
              {offer.slots.map((s) => (
                <Radio
                  key={s.id}
                  value={s.id}
                  label={`${formatDateTime(s.startsAt)} · ${seatsText(s.free, s.capacity)}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          label="Motivation"
          description="Why this place, and what you bring: the company reads it when ranking applicants."
          autosize
          minRows={4}
          maxLength={4000}
          required
          {...form.getInputProps('motivation')}
        />
        <Text size="sm" c="dimmed">
          This becomes your choice number {nextRank}; you can reorder your choices in My applications.
        </Text>
        <Group>
          <Button type="submit" loading={fetching}>
            Send application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function OfferPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OfferDetailDocument, variables: { id } });
  // Free seats as they move: the subscription answers now, then on every change.
  const [{ data: seats }] = useSubscription({ query: OfferSeatsDocument, variables: { offerId: id }, pause: !id });
  const [sent, setSent] = useState<{ offerId: string; rank: number } | null>(null);
  const offer = useMemo(() => withLiveSeats(data?.offer, seats?.offerSeats), [data?.offer, seats?.offerSeats]);
  usePageTitle(offer?.title ?? 'Offer');
  const { label: topicLabel } = useTopics();
  const mine = data?.myApplications.edges.map((e) => e.node) ?? [];
  const existing = mine.find((a) => a.offerId === id && a.status !== 'WITHDRAWN');
  const nextRank = mine.filter((a) => ACTIVE_STATUSES.includes(a.status)).length + 1;
  const closed = offer && (offer.status !== 'PUBLISHED' || new Date(offer.applicationDeadline).getTime() < Date.now());

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/student/offers" size="sm">
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
                <Badge color="teal.9">{offerKindLabel(offer.kind)}</Badge>
                <Text size="sm">
                  {offer.company?.name ?? 'A company'} · apply by {formatDateTime(offer.applicationDeadline)}
                </Text>
              </Group>
            </div>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Card withBorder>
                <Stack gap="sm">
                  <Text className="break-words">{offer.description}</Text>
                  <Group gap={6} wrap="wrap">
                    {offer.topics.map((t) => (
                      <Badge key={t} variant="outline" color="gray.8">
                        {topicLabel(t)}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="sm">Open to: {offer.eligibleLevels.map(levelLabel).join(', ')}</Text>
                  <Text size="sm">
                    {offer.allocation === 'MATCH_ROUND'
                      ? 'Places are allocated by a match round after the deadline, using your ranking of your choices.'
                      : 'The company offers places as it reviews applications.'}
                  </Text>
                </Stack>
              </Card>
              <Card withBorder component="section" aria-labelledby="facility-title">
                <Stack gap="xs">
                  <Title order={2} size="h4" id="facility-title">
                    Facility
                  </Title>
                  <Text fw={500}>{offer.facility.name}</Text>
                  <Text size="sm">
                    {facilityKindLabel(offer.facility.kind)} · {offer.facility.address}, {offer.facility.city},{' '}
                    {offer.facility.country}
                  </Text>
                  <Text size="sm" fw={600} mt="xs">
                    Entry requirements
                  </Text>
                  {offer.facility.requirements.length === 0 ? (
                    <Text size="sm">None beyond the site induction.</Text>
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
                </Stack>
              </Card>
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="slots-title">
              <Title order={2} size="h4" id="slots-title" mb="xs">
                {offer.kind === 'SITE_VISIT' ? 'Sessions' : 'Periods'}
              </Title>
              <Table.ScrollContainer minWidth={320}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Starts</Table.Th>
                      <Table.Th scope="col">Ends</Table.Th>
                      <Table.Th scope="col">Onsite seats</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {offer.slots.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          {formatDateTime(s.startsAt)}
                          {offer.kind === 'SITE_VISIT' && (
                            <FacilityTime startsAt={s.startsAt} endsAt={s.endsAt} facility={offer.facility} />
                          )}
                        </Table.Td>
                        <Table.Td>
                          {offer.kind === 'SITE_VISIT' ? formatDateTime(s.endsAt) : formatDate(s.endsAt)}
                        </Table.Td>
                        <Table.Td>{seatsText(s.free, s.capacity)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="sm" mt="sm">
                {offer.virtualTwin
                  ? `Virtual alternative: ${formatLabel(offer.virtualTwin.format)}, ${
                      offer.virtualTwin.capacity == null
                        ? 'unlimited places'
                        : `${Math.max(0, offer.virtualTwin.capacity - offer.virtualTwin.taken)} of ${offer.virtualTwin.capacity} places free`
                    }. If the onsite seats run out, you can still take part virtually.`
                  : 'No virtual alternative: when the onsite seats are taken, the waitlist decides.'}
              </Text>
            </Card>
            <Card withBorder>
              {existing ? (
                <Stack gap="xs" align="flex-start">
                  {sent?.offerId === id && <ApplicationSent rank={sent.rank} />}
                  <Text>
                    You applied:{' '}
                    <Badge color={applicationStatus(existing.status).color}>
                      {applicationStatus(existing.status).label}
                    </Badge>{' '}
                    (choice {existing.rank})
                  </Text>
                  {sent?.offerId !== id && (
                    <Anchor component={Link} to="/student/applications">
                      See my applications
                    </Anchor>
                  )}
                </Stack>
              ) : closed ? (
                <Text>Applications are closed for this offer.</Text>
              ) : (
                <ApplyForm offer={offer} nextRank={nextRank} onSent={(rank) => setSent({ offerId: id, rank })} />
              )}
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
