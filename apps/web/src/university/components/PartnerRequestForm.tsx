import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useFormErrors } from '../../app/useFormErrors';
import { CreatePartnerRequestDocument, type OfferKind } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { TOPICS } from './labels';

const FIELDS = [
  'programId',
  'kind',
  'headcount',
  'windowStart',
  'windowEnd',
  'maxDistanceKm',
  'topics',
  'virtualAcceptable',
  'note',
];

export function PartnerRequestForm({
  programs,
  onCreated,
}: {
  programs: { id: string; name: string }[];
  onCreated: (id: string) => void;
}) {
  const [{ fetching }, create] = useMutation(CreatePartnerRequestDocument);
  const form = useForm({
    initialValues: {
      programId: programs[0]?.id ?? '',
      kind: 'SITE_VISIT' as OfferKind,
      headcount: 10 as number | string,
      windowStart: '',
      windowEnd: '',
      maxDistanceKm: 500 as number | string,
      topics: [] as string[],
      virtualAcceptable: true,
      note: '',
    },
    validate: {
      programId: (v) => (v ? null : 'Choose a program'),
      headcount: (v) => (Number.isInteger(Number(v)) && Number(v) >= 1 ? null : 'Enter how many students, at least 1'),
      windowStart: (v) => (v ? null : 'Enter the earliest date'),
      windowEnd: (v, all) =>
        !v
          ? 'Enter the latest date'
          : all.windowStart && v < all.windowStart
            ? 'The window must end after it starts'
            : null,
      maxDistanceKm: (v) => (Number(v) >= 1 ? null : 'Enter a distance of at least 1 km'),
    },
  });
  const errors = useFormErrors(form, FIELDS);
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await create({
      input: {
        programId: v.programId,
        kind: v.kind,
        headcount: Number(v.headcount),
        windowStart: v.windowStart,
        windowEnd: v.windowEnd,
        maxDistanceKm: Number(v.maxDistanceKm),
        topics: v.topics,
        virtualAcceptable: v.virtualAcceptable,
        note: v.note.trim() || undefined,
      },
    });
    if (result.data) onCreated(result.data.createPartnerRequest.id);
    else errors.show(result.error);
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New partner request">
      <Stack gap="sm">
        <FormAlert message={errors.message} title="Could not send the request" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Program"
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            allowDeselect={false}
            required
            {...form.getInputProps('programId')}
          />
          <Select
            label="What you look for"
            data={[
              { value: 'SITE_VISIT', label: 'Site visit' },
              { value: 'INTERNSHIP', label: 'Internship' },
            ]}
            allowDeselect={false}
            required
            {...form.getInputProps('kind')}
          />
          <NumberInput label="Students" min={1} required {...form.getInputProps('headcount')} />
          <NumberInput label="Largest travel distance (km)" min={1} required {...form.getInputProps('maxDistanceKm')} />
          <TextInput label="From" type="date" required {...form.getInputProps('windowStart')} />
          <TextInput label="Until" type="date" required {...form.getInputProps('windowEnd')} />
        </SimpleGrid>
        <TagsInput
          label="Topics"
          description="Choose or type a topic, then press Enter"
          data={TOPICS}
          {...form.getInputProps('topics')}
        />
        <Checkbox
          label="A virtual alternative is acceptable for students who cannot go onsite"
          {...form.getInputProps('virtualAcceptable', { type: 'checkbox' })}
        />
        <Textarea label="Note for companies" rows={3} {...form.getInputProps('note')} />
        <Group>
          <Button type="submit" loading={fetching}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
