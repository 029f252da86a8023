import {
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useFormErrors } from '../../app/useFormErrors';
import {
  CompanyFacilitiesDocument,
  CreateFacilityDocument,
  UpdateFacilityDocument,
  type CompanyFacilityFragment,
  type EntryRequirement,
  type FacilityKind,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { facilityKindLabel, requirementLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';

const KINDS: FacilityKind[] = ['GMP_CLEANROOM', 'PRE_GMP_LAB', 'QC_LAB', 'PROCESS_DEVELOPMENT_LAB', 'OTHER'];
const REQUIREMENTS: EntryRequirement[] = ['GOWNING_QUALIFICATION', 'VACCINATION', 'NDA', 'MINIMUM_AGE'];
const FIELDS = ['name', 'kind', 'address', 'city', 'country', 'latitude', 'longitude', 'requirements', 'minimumAge'];

type Values = {
  name: string;
  kind: FacilityKind;
  address: string;
  city: string;
  country: string;
  latitude: number | '';
  longitude: number | '';
  requirements: EntryRequirement[];
  minimumAge: number | '';
};

function FacilityForm({
  facility,
  onDone,
  onCancel,
}: {
  facility: CompanyFacilityFragment | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [create, createFacility] = useMutation(CreateFacilityDocument);
  const [update, updateFacility] = useMutation(UpdateFacilityDocument);
  const form = useForm<Values>({
    initialValues: facility
      ? { ...facility, minimumAge: facility.minimumAge ?? '', requirements: [...facility.requirements] }
      : {
          name: '',
          kind: 'GMP_CLEANROOM',
          address: '',
          city: '',
          country: '',
          latitude: '',
          longitude: '',
          requirements: [],
          minimumAge: '',
        },
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : 'Name the facility'),
      address: (v) => (v.trim() ? null : 'Give the street address'),
      city: (v) => (v.trim() ? null : 'Give the city'),
      country: (v) => (/^[A-Za-z]{2}$/.test(v.trim()) ? null : 'Two letters, such as SE or DE'),
      latitude: (v) => (typeof v === 'number' && v >= -90 && v <= 90 ? null : 'A latitude from -90 to 90'),
      longitude: (v) => (typeof v === 'number' && v >= -180 && v <= 180 ? null : 'A longitude from -180 to 180'),
      minimumAge: (v, all) =>
        all.requirements.includes('MINIMUM_AGE') && !(typeof v === 'number' && v >= 14 && v <= 99)
          ? 'An age from 14 to 99'
          : null,
    },
  });
  const errors = useFormErrors(form, FIELDS);
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const input = {
      name: v.name.trim(),
      kind: v.kind,
      address: v.address.trim(),
      city: v.city.trim(),
      country: v.country.trim().toUpperCase(),
      latitude: v.latitude as number,
      longitude: v.longitude as number,
      requirements: v.requirements,
      minimumAge: v.requirements.includes('MINIMUM_AGE') && v.minimumAge !== '' ? v.minimumAge : null,
    };
    const result = facility ? await updateFacility({ id: facility.id, input }) : await createFacility({ input });
    if (result.error) errors.show(result.error);
    else onDone(facility ? `${input.name} saved.` : `${input.name} added.`);
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={facility ? `Edit ${facility.name}` : 'New facility'}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {facility ? `Edit ${facility.name}` : 'New facility'}
        </Title>
        <FormAlert message={errors.message} title="Could not save the facility" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <NativeSelect
            label="Kind"
            required
            data={KINDS.map((k) => ({ value: k, label: facilityKindLabel(k) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label="Street address" required {...form.getInputProps('address')} />
          <TextInput label="City" required {...form.getInputProps('city')} />
          <TextInput
            label="Country code"
            description="ISO two letters, such as SE"
            required
            maxLength={2}
            {...form.getInputProps('country')}
          />
          <Group grow gap="sm" align="flex-start">
            <NumberInput
              label="Latitude"
              required
              decimalScale={6}
              min={-90}
              max={90}
              {...form.getInputProps('latitude')}
            />
            <NumberInput
              label="Longitude"
              required
              decimalScale={6}
              min={-180}
              max={180}
              {...form.getInputProps('longitude')}
            />
          </Group>
        </SimpleGrid>
        <Checkbox.Group
          label="Entry requirements"
          description="What every visitor must meet; students see them on the offer."
          {...form.getInputProps('requirements')}
        >
          <Stack gap={6} mt={6}>
            {REQUIREMENTS.map((r) => (
              <Checkbox key={r} value={r} label={requirementLabel(r)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {form.values.requirements.includes('MINIMUM_AGE') && (
          <NumberInput
            label="Minimum age (years)"
            required
            min={14}
            max={99}
            allowDecimal={false}
            maw={220}
            {...form.getInputProps('minimumAge')}
          />
        )}
        <Group>
          <Button type="submit" loading={create.fetching || update.fetching}>
            {facility ? 'Save facility' : 'Add facility'}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function FacilitiesPage() {
  usePageTitle('Facilities');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyFacilitiesDocument,
    requestPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<CompanyFacilityFragment | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const facilities = data?.facilities ?? [];
  const finish = (m: string) => {
    setEditing(null);
    setDone(m);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <PageTitle>Facilities</PageTitle>
        {editing === null && (
          <Button
            onClick={() => {
              setDone(null);
              setEditing('new');
            }}
          >
            Add a facility
          </Button>
        )}
      </Group>
      <DoneAlert message={done} />
      {editing !== null && (
        <FacilityForm
          key={editing === 'new' ? 'new' : editing.id}
          facility={editing === 'new' ? null : editing}
          onDone={finish}
          onCancel={() => setEditing(null)}
        />
      )}
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {facilities.length === 0 ? (
          <EmptyState title="No facility yet">
            Add the sites where visits and internships take place, with their entry requirements.
          </EmptyState>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {facilities.map((f) => (
              <Card withBorder component="li" key={f.id}>
                <Stack gap={4}>
                  <Title order={2} size="h5" className="break-words">
                    {f.name}
                  </Title>
                  <Text size="sm">
                    {facilityKindLabel(f.kind)} · {f.address}, {f.city}, {f.country}
                  </Text>
                  <Text size="sm" fw={600} mt={4}>
                    Entry requirements
                  </Text>
                  {f.requirements.length === 0 ? (
                    <Text size="sm">None</Text>
                  ) : (
                    <List size="sm">
                      {f.requirements.map((r) => (
                        <List.Item key={r}>
                          {requirementLabel(r)}
                          {r === 'MINIMUM_AGE' && f.minimumAge ? `: ${f.minimumAge} years` : ''}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  <Group mt="xs">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Edit ${f.name}`}
                      onClick={() => {
                        setDone(null);
                        setEditing(f);
                      }}
                    >
                      Edit
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
