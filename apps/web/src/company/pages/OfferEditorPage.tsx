import {
  Anchor,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, splitForForm } from '../../app/errors';
import {
  CompanyOfferDocument,
  CreateOfferDocument,
  OfferEditorDataDocument,
  UpdateOfferDocument,
  type CompanyOfferDetailFragment,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { levelLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  emptyOffer,
  emptySlot,
  offerToValues,
  toCreateInput,
  toUpdateInput,
  updateFieldPath,
  validateOffer,
  type OfferFormValues,
} from '../components/offer-form';
import { TIME_ZONE } from '../labels';

export const TOPICS = [
  'CAR-T',
  'AAV vectors',
  'Lentiviral vectors',
  'mRNA',
  'iPSC',
  'GMP',
  'QC/QA',
  'Regulatory (ATMP)',
  'Regulatory (GMP/GDP)',
  'Process development',
  'Closed bioreactors',
  'Aseptic processing',
  'Fill-finish',
  'Supply chain',
  'Commercialization',
  'SOP writing',
  'Workflow design',
];

const LEVELS = ['BSC', 'MSC', 'PHD', 'PROFESSIONAL'] as const;

function fieldNames(v: OfferFormValues): string[] {
  const names = [
    'kind',
    'title',
    'description',
    'facilityId',
    'allocation',
    'applicationDeadline',
    'eligibleLevels',
    'topics',
    'slots',
    'virtualTwin',
    'virtualTwin.format',
    'virtualTwin.capacity',
    'virtualTwin.joinUrl',
    'priorityGroup',
    'priorityGroup.name',
    'priorityGroup.reservedSeats',
    'priorityGroup.universityIds',
  ];
  v.slots.forEach((_, i) => names.push(`slots.${i}.startsAt`, `slots.${i}.endsAt`, `slots.${i}.capacity`));
  return names;
}

function Editor({
  offer,
  facilities,
  universities,
}: {
  offer: CompanyOfferDetailFragment | null;
  facilities: { id: string; name: string; city: string }[];
  universities: { id: string; name: string }[];
}) {
  const editing = !!offer;
  const navigate = useNavigate();
  const initial = useMemo(
    () =>
      offer ? offerToValues(offer) : { ...emptyOffer(), facilityId: facilities.length === 1 ? facilities[0].id : '' },
    [offer, facilities],
  );
  const form = useForm<OfferFormValues>({
    initialValues: initial,
    validate: (v) => validateOffer(v, new Date(), editing),
  });
  const [message, setMessage] = useState<string | null>(null);
  const [create, createOffer] = useMutation(CreateOfferDocument);
  const [update, updateOffer] = useMutation(UpdateOfferDocument);
  const v = form.values;
  const unit = v.kind === 'SITE_VISIT' ? 'Session' : 'Period';
  const closed = offer?.status === 'CLOSED';

  const submit = form.onSubmit(
    async (values) => {
      setMessage(null);
      const result = offer
        ? await updateOffer({ id: offer.id, input: toUpdateInput(values, initial) })
        : await createOffer({ input: toCreateInput(values) });
      if (result.error) {
        const display = describeError(result.error);
        const fields = Object.fromEntries(
          Object.entries(display.fields).map(([k, text]) => [updateFieldPath(k), text]),
        );
        const split = splitForForm({ ...display, fields }, fieldNames(values));
        form.setErrors(split.fields);
        setMessage(split.message);
        return;
      }
      const id = offer?.id ?? (result.data && 'createOffer' in result.data ? result.data.createOffer.id : '');
      void navigate(`/company/offers/${id}`, {
        state: { saved: offer ? 'Changes saved.' : 'Draft created. Publish it when it is ready.' },
      });
    },
    () => setMessage('Some fields need attention: see the messages next to them.'),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={offer ? `Edit ${offer.title}` : 'New offer'}>
      <Stack gap="md">
        <FormAlert message={message} title={offer ? 'Could not save' : 'Could not create the offer'} />
        {closed && <FormAlert message="A closed offer cannot be edited." title="Closed" />}
        <Card withBorder component="fieldset" disabled={closed} style={{ minWidth: 0 }}>
          <Stack gap="sm">
            <Radio.Group
              label="Kind"
              required
              {...form.getInputProps('kind')}
              description={editing ? 'The kind is fixed once the offer exists.' : undefined}
            >
              <Group mt={6} gap="lg">
                <Radio value="SITE_VISIT" label="Site visit (sessions at set times)" disabled={editing} />
                <Radio value="INTERNSHIP" label="Internship (positions over a period)" disabled={editing} />
              </Group>
            </Radio.Group>
            <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
            <Textarea
              label="Description"
              description="What students will see and do."
              rows={4}
              maxLength={4000}
              {...form.getInputProps('description')}
            />
            <NativeSelect
              label="Facility"
              required
              disabled={editing}
              data={[
                { value: '', label: 'Choose a facility' },
                ...facilities.map((f) => ({ value: f.id, label: `${f.name} (${f.city})` })),
              ]}
              description={editing ? 'The facility is fixed once the offer exists.' : undefined}
              {...form.getInputProps('facilityId')}
            />
            <Radio.Group
              label="Seat mode"
              required
              {...form.getInputProps('allocation')}
              description={editing ? 'The seat mode is fixed once the offer exists.' : undefined}
            >
              <Stack mt={6} gap={6}>
                <Radio value="FIRST_COME" label="You offer seats as you review applicants" disabled={editing} />
                <Radio
                  value="MATCH_ROUND"
                  label="A match round allocates seats after the deadline"
                  disabled={editing}
                />
              </Stack>
            </Radio.Group>
            <TextInput
              type="datetime-local"
              label="Application deadline"
              description={`Your time zone: ${TIME_ZONE}`}
              required
              {...form.getInputProps('applicationDeadline')}
            />
            <Checkbox.Group label="Eligible study levels" required {...form.getInputProps('eligibleLevels')}>
              <Group mt={6}>
                {LEVELS.map((l) => (
                  <Checkbox key={l} value={l} label={levelLabel(l)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TagsInput
              label="Topics"
              placeholder="Choose or type a topic"
              data={TOPICS}
              clearable
              {...form.getInputProps('topics')}
            />
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="slots-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="slots-title">
              {v.kind === 'SITE_VISIT' ? 'Sessions and onsite seats' : 'Periods and positions'}
            </Title>
            <Text size="sm" c="dimmed">
              Times in your time zone ({TIME_ZONE}).{' '}
              {editing
                ? 'Existing ones keep their times; their capacity can grow, or shrink down to the seats taken.'
                : ''}
            </Text>
            {form.errors.slots && (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.slots}
              </Text>
            )}
            {v.slots.map((slot, i) => (
              <Card
                key={slot.id ?? `new-${i}`}
                withBorder
                p="sm"
                component="fieldset"
                style={{ minWidth: 0 }}
                aria-label={`${unit} ${i + 1}`}
              >
                <Group justify="space-between" mb={4}>
                  <Text fw={600} size="sm" component="legend">
                    {unit} {i + 1}
                    {slot.id && slot.taken > 0 ? ` (${slot.taken} taken)` : ''}
                  </Text>
                  {!slot.id && v.slots.length > 1 && (
                    <CloseButton
                      aria-label={`Remove ${unit.toLowerCase()} ${i + 1}`}
                      onClick={() => form.removeListItem('slots', i)}
                    />
                  )}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <TextInput
                    type="datetime-local"
                    label="Starts"
                    required
                    disabled={!!slot.id}
                    {...form.getInputProps(`slots.${i}.startsAt`)}
                  />
                  <TextInput
                    type="datetime-local"
                    label="Ends"
                    required
                    disabled={!!slot.id}
                    {...form.getInputProps(`slots.${i}.endsAt`)}
                  />
                  <NumberInput
                    label={v.kind === 'SITE_VISIT' ? 'Onsite seats' : 'Positions'}
                    required
                    min={1}
                    max={500}
                    allowDecimal={false}
                    {...form.getInputProps(`slots.${i}.capacity`)}
                  />
                </SimpleGrid>
              </Card>
            ))}
            <Group>
              <Button variant="default" onClick={() => form.insertListItem('slots', emptySlot())} disabled={closed}>
                Add a {unit.toLowerCase()}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="twin-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="twin-title">
              Virtual alternative
            </Title>
            <Switch
              label="Offer a virtual twin where the overflow goes"
              disabled={closed}
              {...form.getInputProps('virtualTwin.enabled', { type: 'checkbox' })}
            />
            {v.virtualTwin.enabled && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <NativeSelect
                  label="Format"
                  required
                  data={[
                    { value: 'LIVE_STREAM', label: 'Live-streamed visit' },
                    { value: 'VR_TOUR', label: 'VR cleanroom tour' },
                    { value: 'SELF_PACED', label: 'Self-paced module' },
                  ]}
                  {...form.getInputProps('virtualTwin.format')}
                />
                <NumberInput
                  label="Virtual capacity"
                  description="Empty for unlimited"
                  min={1}
                  allowDecimal={false}
                  {...form.getInputProps('virtualTwin.capacity')}
                />
                <TextInput
                  label="Join link"
                  required
                  placeholder="https://"
                  {...form.getInputProps('virtualTwin.joinUrl')}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="priority-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="priority-title">
              Priority-group reserve
            </Title>
            {editing ? (
              <Text size="sm">
                {offer?.priorityGroup
                  ? `${offer.priorityGroup.reservedSeats} seats of each ${unit.toLowerCase()} are held for ${offer.priorityGroup.name ?? 'the priority group'} until the deadline.`
                  : 'No seats are reserved.'}{' '}
                The reserve is set when the offer is created.
              </Text>
            ) : (
              <>
                <Switch
                  label="Hold seats for a group of universities until the deadline"
                  {...form.getInputProps('priorityGroup.enabled', { type: 'checkbox' })}
                />
                {v.priorityGroup.enabled && (
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <TextInput label="Group name" required {...form.getInputProps('priorityGroup.name')} />
                    <NumberInput
                      label={`Seats held per ${unit.toLowerCase()}`}
                      required
                      min={1}
                      allowDecimal={false}
                      {...form.getInputProps('priorityGroup.reservedSeats')}
                    />
                    <MultiSelect
                      label="Universities"
                      required
                      searchable
                      data={universities.map((u) => ({ value: u.id, label: u.name }))}
                      {...form.getInputProps('priorityGroup.universityIds')}
                    />
                  </SimpleGrid>
                )}
              </>
            )}
          </Stack>
        </Card>

        <Group>
          <Button type="submit" loading={create.fetching || update.fetching} disabled={closed}>
            {offer ? 'Save changes' : 'Create draft'}
          </Button>
          <Button variant="default" component={Link} to={offer ? `/company/offers/${offer.id}` : '/company/offers'}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function OfferEditorPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Edit offer' : 'New offer');
  const [data, refetchData] = useQuery({ query: OfferEditorDataDocument });
  const [offer, refetchOffer] = useQuery({
    query: CompanyOfferDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const ready = !!data.data && (!id || !!offer.data);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={id ? `/company/offers/${id}` : '/company/offers'} size="sm">
        {id ? 'Back to the offer' : 'Back to the offers'}
      </Anchor>
      <PageTitle>{id ? `Edit ${offer.data?.offer.title ?? 'offer'}` : 'New offer'}</PageTitle>
      <QueryState
        fetching={data.fetching || offer.fetching}
        error={data.error ?? offer.error}
        hasData={ready}
        retry={() => {
          refetchData({ requestPolicy: 'network-only' });
          if (id) refetchOffer({ requestPolicy: 'network-only' });
        }}
      >
        {ready &&
          (data.data!.facilities.length === 0 ? (
            <EmptyState title="Add a facility first">
              Every offer takes place at one of your facilities.{' '}
              <Anchor component={Link} to="/company/facilities">
                Add a facility
              </Anchor>
              .
            </EmptyState>
          ) : (
            <Editor
              offer={offer.data?.offer ?? null}
              facilities={data.data!.facilities}
              universities={data.data!.organizations}
            />
          ))}
      </QueryState>
    </Stack>
  );
}
