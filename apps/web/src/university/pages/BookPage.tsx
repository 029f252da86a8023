import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { splitForForm } from '../../app/errors';
import { BookingSetupDocument, RequestBookingDocument, type CohortRule } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { formatLabel, levelLabel, offerKindLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { describeUniversityError } from '../components/errors';
import { facilityTimeZone, formatInZone, sameWallClock } from '../../ui/facility-time';
import { previewSplit } from '../components/split';
import { SplitPreview } from '../components/SplitPreview';

const FIELDS = ['programId', 'slotId', 'headcount', 'studentIds', 'splitRule', 'note', 'partnerRequestId'];

export default function BookPage() {
  const { offerId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  usePageTitle('Book for a cohort');
  const [{ data, fetching, error }, refetch] = useQuery({ query: BookingSetupDocument, variables: { offerId } });
  const [{ fetching: sending }, request] = useMutation(RequestBookingDocument);

  const [programId, setProgramId] = useState<string | null>(params.get('program'));
  const [slotId, setSlotId] = useState<string | null>(null);
  const [mode, setMode] = useState<'count' | 'named'>('count');
  const [headcount, setHeadcount] = useState<number | string>(Number(params.get('headcount')) || 10);
  const [chosen, setChosen] = useState<string[]>([]);
  const [rule, setRule] = useState<CohortRule>('PRIORITY');
  const [note, setNote] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [problem, setProblem] = useState<{ message: string | null; fields: Record<string, string> }>({
    message: null,
    fields: {},
  });

  const offer = data?.offer;
  const programs = data?.me.organization?.programs ?? [];
  const program = programs.find((p) => p.id === programId) ?? null;
  const slot = offer?.slots.find((s) => s.id === slotId) ?? (offer?.slots.length === 1 ? offer.slots[0] : null);
  const students = useMemo(
    () =>
      (data?.me.organization?.members ?? []).filter(
        (m) => m.role === 'STUDENT' && m.status === 'ACTIVE' && m.programId === programId,
      ),
    [data, programId],
  );
  const names = chosen.map((id) => students.find((s) => s.id === id)?.fullName ?? id);
  const size = mode === 'named' ? chosen.length : Math.max(0, Math.floor(Number(headcount) || 0));
  const zone = offer ? facilityTimeZone(offer.facility.country, offer.facility.longitude) : null;
  const group = offer?.priorityGroup;
  const inGroup =
    !!group &&
    !!program &&
    (group.programIds.includes(program.id) || group.universityIds.includes(data?.me.organization?.id ?? ''));
  const reserveInForce =
    !!group && group.reservedSeats > 0 && offer && new Date(offer.applicationDeadline).getTime() > Date.now();
  const split =
    slot && program
      ? previewSplit({
          headcount: size,
          free: slot.free,
          capacity: slot.capacity,
          taken: slot.taken,
          virtualTwin: offer?.virtualTwin
            ? { capacity: offer.virtualTwin.capacity ?? null, taken: offer.virtualTwin.taken }
            : null,
          reservedForOthers: reserveInForce && !inGroup ? group.reservedSeats : 0,
          minimumOnsiteShare: program.minimumOnsiteShare,
        })
      : null;
  const eligible = !program || !offer || offer.eligibleLevels.includes(program.level);
  const canSend = !!slot && !!program && eligible && size > 0 && (!split || split.minimumMet || acknowledged);

  const move = (id: string, by: number) =>
    setChosen((list) => {
      const from = list.indexOf(id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = list.slice();
      next.splice(from, 1);
      next.splice(to, 0, id);
      return next;
    });

  const send = async () => {
    if (!slot || !program) return;
    setProblem({ message: null, fields: {} });
    const result = await request({
      input: {
        slotId: slot.id,
        programId: program.id,
        splitRule: rule,
        note: note.trim() || undefined,
        partnerRequestId: params.get('request') || undefined,
        ...(mode === 'named' ? { studentIds: chosen } : { headcount: size }),
      },
    });
    if (result.data) void navigate(`/university/bookings?sent=${result.data.requestBooking.id}`);
    else setProblem(splitForForm(describeUniversityError(result.error), FIELDS));
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/university/book" size="sm">
        Back to offers
      </Anchor>
      <PageTitle>{offer ? `Book ${offer.title}` : 'Book for a cohort'}</PageTitle>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {offer && (
          <Stack gap="md">
            <Text size="sm">
              {offerKindLabel(offer.kind)} · {offer.company?.name ?? 'company'} · {offer.facility.name},{' '}
              {offer.facility.city}, {offer.facility.country}
              {offer.virtualTwin
                ? ` · virtual alternative: ${formatLabel(offer.virtualTwin.format)}${offer.virtualTwin.capacity === null ? ' (unlimited)' : ` (${Math.max(0, offer.virtualTwin.capacity - offer.virtualTwin.taken)} places left)`}`
                : ' · no virtual alternative'}
            </Text>
            {offer.status !== 'PUBLISHED' && (
              <FormAlert title="Not open for bookings" message="This offer is not published: it cannot be booked." />
            )}
            <FormAlert message={problem.message} title="Could not send the booking" />
            {programs.length === 0 ? (
              <EmptyState title="Create a program first">
                A booking is made for a program&apos;s cohort.{' '}
                <Anchor component={Link} to="/university/programs">
                  Go to programs
                </Anchor>
              </EmptyState>
            ) : (
              <Card withBorder component="section" aria-labelledby="cohort-title">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="cohort-title">
                    Session and cohort
                  </Title>
                  <Select
                    label="Program"
                    placeholder="Choose the program"
                    data={programs.map((p) => ({ value: p.id, label: `${p.name} (${levelLabel(p.level)})` }))}
                    value={programId}
                    onChange={(v) => {
                      setProgramId(v);
                      setChosen([]);
                    }}
                    error={
                      problem.fields.programId ??
                      (!eligible && program
                        ? `This offer takes ${offer.eligibleLevels.map(levelLabel).join(', ')} students, not ${levelLabel(program.level)}`
                        : undefined)
                    }
                    required
                  />
                  <Radio.Group
                    label={offer.kind === 'SITE_VISIT' ? 'Session' : 'Period'}
                    value={slot?.id ?? null}
                    onChange={setSlotId}
                    error={problem.fields.slotId}
                    required
                  >
                    <Stack gap="xs" mt={4}>
                      {offer.slots.map((s) => (
                        <Radio
                          key={s.id}
                          value={s.id}
                          label={`${formatDateTime(s.startsAt)} to ${formatDateTime(s.endsAt)}: ${s.free} of ${s.capacity} seats free`}
                          description={
                            zone && !sameWallClock(s.startsAt, zone)
                              ? `At the facility: ${formatInZone(s.startsAt, zone)} to ${formatInZone(s.endsAt, zone)}`
                              : undefined
                          }
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Stack gap={4}>
                    <Text component="span" size="sm" fw={500} id="cohort-mode">
                      Cohort
                    </Text>
                    <SegmentedControl
                      aria-labelledby="cohort-mode"
                      value={mode}
                      onChange={(v) => setMode(v)}
                      data={[
                        { value: 'count', label: 'By number' },
                        { value: 'named', label: 'By name' },
                      ]}
                      style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
                    />
                  </Stack>
                  {mode === 'count' ? (
                    <NumberInput
                      label="Students"
                      min={1}
                      value={headcount}
                      onChange={setHeadcount}
                      error={problem.fields.headcount}
                      required
                    />
                  ) : !program ? (
                    <Text size="sm">Choose the program to list its students.</Text>
                  ) : students.length === 0 ? (
                    <EmptyState title="No active student in this program">
                      Students join the program when they sign up; book a number of students instead.
                    </EmptyState>
                  ) : (
                    <Stack gap="xs">
                      <Checkbox.Group
                        label="Students, ticked in priority order"
                        value={chosen}
                        onChange={(values) =>
                          setChosen((list) => [
                            ...list.filter((id) => values.includes(id)),
                            ...values.filter((id) => !list.includes(id)),
                          ])
                        }
                        error={problem.fields.studentIds}
                      >
                        <Stack gap={6} mt={4}>
                          {students.map((s) => (
                            <Checkbox key={s.id} value={s.id} label={s.fullName} />
                          ))}
                        </Stack>
                      </Checkbox.Group>
                      {chosen.length > 0 && (
                        <Stack gap={4} role="group" aria-label="Priority order">
                          <Text size="sm" fw={500}>
                            Priority order
                          </Text>
                          {chosen.map((id, i) => (
                            <Group key={id} gap="xs" wrap="nowrap">
                              <Text size="sm" w={24}>
                                {i + 1}.
                              </Text>
                              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                                {names[i]}
                              </Text>
                              <Button
                                size="compact-xs"
                                variant="default"
                                disabled={i === 0}
                                onClick={() => move(id, -1)}
                                aria-label={`Move ${names[i]} up`}
                              >
                                Up
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="default"
                                disabled={i === chosen.length - 1}
                                onClick={() => move(id, 1)}
                                aria-label={`Move ${names[i]} down`}
                              >
                                Down
                              </Button>
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Stack>
                  )}
                  <Radio.Group
                    label="When the cohort is larger than the free seats"
                    value={rule}
                    onChange={(v) => setRule(v)}
                    error={problem.fields.splitRule}
                  >
                    <Stack gap="xs" mt={4}>
                      <Radio
                        value="PRIORITY"
                        label="Priority order"
                        description="The first students of your order go onsite"
                      />
                      <Radio
                        value="LOTTERY"
                        label="Recorded lottery"
                        description="A seeded draw, recorded on the booking, picks who goes onsite"
                      />
                    </Stack>
                  </Radio.Group>
                  <Textarea
                    label="Note for the company"
                    rows={3}
                    value={note}
                    onChange={(e) => setNote(e.currentTarget.value)}
                    error={problem.fields.note}
                  />
                </Stack>
              </Card>
            )}
            {split && program && (
              <SplitPreview
                split={split}
                headcount={size}
                minimumOnsiteShare={program.minimumOnsiteShare}
                rule={rule}
                hasTwin={!!offer.virtualTwin}
                names={mode === 'named' ? names : []}
              />
            )}
            {split && !split.minimumMet && (
              <Checkbox
                label={`Book anyway with ${split.onsite} of ${size} onsite`}
                checked={acknowledged}
                onChange={(e) => setAcknowledged(e.currentTarget.checked)}
              />
            )}
            <Group>
              <Button onClick={send} loading={sending} disabled={!canSend || offer.status !== 'PUBLISHED'}>
                Send booking request
              </Button>
              {!slot || !program ? (
                <Text size="sm">
                  Choose the program and the {offer.kind === 'SITE_VISIT' ? 'session' : 'period'} to see the split.
                </Text>
              ) : null}
            </Group>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
