import { Anchor, Button, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RegisterStudentDocument, UniversityProgramsDocument, VerifiedUniversitiesDocument } from '../../gql/graphql';
import '../../ui/area-styles';
import { FormAlert } from '../../ui/FormAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { levelLabel } from '../../ui/labels';
import { homeOf, useAuth } from '../auth';
import { describeError } from '../errors';
import { passwordProblem } from '../password';
import { useFormErrors } from '../useFormErrors';

const FIELDS = ['fullName', 'email', 'password', 'universityId', 'programId'];

export default function RegisterStudentPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [{ fetching }, register] = useMutation(RegisterStudentDocument);
  const form = useForm({
    initialValues: { universityId: '', programId: '', fullName: '', email: '', password: '' },
    validate: {
      universityId: (v) => (v ? null : 'Choose your university'),
      programId: (v) => (v ? null : 'Choose your program'),
      fullName: (v) => (v.trim() ? null : 'Enter your full name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your email address'),
      password: passwordProblem,
    },
  });
  const universityId = form.getValues().universityId;
  const [universities] = useQuery({ query: VerifiedUniversitiesDocument });
  const [programs] = useQuery({ query: UniversityProgramsDocument, variables: { universityId }, pause: !universityId });
  const errors = useFormErrors(form, FIELDS);
  const loadError = describeError(universities.error ?? programs.error).message;

  useEffect(() => {
    document.title = 'Student sign-up · Practicum';
  }, []);

  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await register({
      input: {
        universityId: v.universityId,
        programId: v.programId,
        fullName: v.fullName.trim(),
        email: v.email.trim(),
        password: v.password,
      },
    });
    if (result.data) {
      auth.signedIn(result.data.registerStudent);
      void navigate(homeOf(result.data.registerStudent.member), { replace: true });
    } else errors.show(result.error);
  });

  return (
    <PublicLayout title="Create your student account" width={600}>
      <Text size="sm">Choose your university and program: Practicum shows you the offers your level can take.</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.message ?? loadError} title="Could not sign up" />
          <Select
            label="University"
            placeholder={universities.fetching ? 'Loading universities…' : 'Choose your university'}
            searchable
            required
            nothingFoundMessage="No verified university has this name"
            data={(universities.data?.organizations ?? []).map((u) => ({
              value: u.id,
              label: [u.name, u.city].filter(Boolean).join(', '),
            }))}
            {...form.getInputProps('universityId')}
            onChange={(value: string | null) => {
              form.setFieldValue('universityId', value ?? '');
              form.setFieldValue('programId', '');
            }}
          />
          <Select
            label="Program"
            placeholder={
              !universityId
                ? 'Choose a university first'
                : programs.fetching
                  ? 'Loading programs…'
                  : 'Choose your program'
            }
            disabled={!universityId}
            required
            nothingFoundMessage="This university has no program yet"
            data={(programs.data?.programs ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} (${levelLabel(p.level)})`,
            }))}
            {...form.getInputProps('programId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('fullName')} />
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          </SimpleGrid>
          <PasswordInput
            label="Password"
            description="10 characters or more, with a letter and a digit"
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/sign-in" size="sm">
              I already have an account
            </Anchor>
            <Button type="submit" loading={fetching}>
              Create account
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
