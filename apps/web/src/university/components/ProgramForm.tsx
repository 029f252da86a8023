import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useFormErrors } from '../../app/useFormErrors';
import { CreateProgramDocument, type StudyLevel } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { TOPICS } from './labels';

const FIELDS = ['name', 'level', 'cohortSize', 'termStart', 'termEnd', 'minimumOnsiteShare', 'topics'];

const LEVELS = [
  { value: 'BSC', label: 'BSc' },
  { value: 'MSC', label: 'MSc' },
  { value: 'PHD', label: 'PhD' },
  { value: 'PROFESSIONAL', label: 'Professional' },
];

export function ProgramForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [{ fetching }, create] = useMutation(CreateProgramDocument);
  const form = useForm({
    initialValues: {
      name: '',
      level: 'MSC' as StudyLevel,
      cohortSize: 20 as number | string,
      termStart: '',
      termEnd: '',
      minimumOnsiteShare: 0 as number | string,
      topics: [] as string[],
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the program name'),
      cohortSize: (v) => (Number.isInteger(Number(v)) && Number(v) >= 1 ? null : 'Enter a cohort size of at least 1'),
      termStart: (v) => (v ? null : 'Enter the first day of term'),
      termEnd: (v, all) =>
        !v
          ? 'Enter the last day of term'
          : all.termStart && v < all.termStart
            ? 'The term must end after it starts'
            : null,
      minimumOnsiteShare: (v) => (Number(v) >= 0 && Number(v) <= 100 ? null : 'Enter a share from 0 to 100 %'),
    },
  });
  const errors = useFormErrors(form, FIELDS);

  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await create({
      input: {
        name: v.name.trim(),
        level: v.level,
        cohortSize: Number(v.cohortSize),
        termStart: v.termStart,
        termEnd: v.termEnd,
        minimumOnsiteShare: Number(v.minimumOnsiteShare) / 100,
        topics: v.topics,
      },
    });
    if (result.data) {
      onCreated(result.data.createProgram.name);
      form.reset();
    } else errors.show(result.error);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="New program">
      <Stack gap="sm">
        <FormAlert message={errors.message} title="Could not create the program" />
        <TextInput label="Program name" required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Level" data={LEVELS} allowDeselect={false} required {...form.getInputProps('level')} />
          <NumberInput label="Cohort size" min={1} required {...form.getInputProps('cohortSize')} />
          <TextInput label="Term starts" type="date" required {...form.getInputProps('termStart')} />
          <TextInput label="Term ends" type="date" required {...form.getInputProps('termEnd')} />
          <NumberInput
            label="Minimum onsite share (%)"
            description="The share of the cohort that must be in person; you are warned before booking below it"
            min={0}
            max={100}
            {...form.getInputProps('minimumOnsiteShare')}
          />
          <TagsInput
            label="Topics"
            description="Choose or type a topic, then press Enter"
            data={TOPICS}
            {...form.getInputProps('topics')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={fetching}>
            Create program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
