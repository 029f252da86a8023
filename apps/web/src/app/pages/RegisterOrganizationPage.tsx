import {
  Anchor,
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { RegisterOrganizationDocument, type OrganizationKind } from '../../gql/graphql';
import '../../ui/area-styles';
import { FormAlert } from '../../ui/FormAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { homeOf, useAuth } from '../auth';
import { passwordProblem } from '../password';
import { useFormErrors } from '../useFormErrors';

const FIELDS = ['name', 'kind', 'website', 'city', 'country', 'admin.fullName', 'admin.email', 'admin.password'];

export default function RegisterOrganizationPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [{ fetching }, register] = useMutation(RegisterOrganizationDocument);
  const form = useForm({
    initialValues: {
      kind: 'COMPANY' as OrganizationKind,
      name: '',
      website: '',
      city: '',
      country: '',
      admin: { fullName: '', email: '', password: '' },
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the organization name'),
      country: (v) =>
        !v || /^[A-Za-z]{2}$/.test(v.trim()) ? null : 'Use the two-letter country code, such as SE or GB',
      admin: {
        fullName: (v) => (v.trim() ? null : 'Enter your full name'),
        email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your email address'),
        password: passwordProblem,
      },
    },
  });
  const errors = useFormErrors(form, FIELDS);

  useEffect(() => {
    document.title = 'Register your organization · Practicum';
  }, []);

  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await register({
      input: {
        kind: v.kind,
        name: v.name.trim(),
        website: v.website.trim() || undefined,
        city: v.city.trim() || undefined,
        country: v.country.trim().toUpperCase() || undefined,
        admin: { fullName: v.admin.fullName.trim(), email: v.admin.email.trim(), password: v.admin.password },
      },
    });
    if (result.data) {
      auth.signedIn(result.data.registerOrganization);
      void navigate(homeOf(result.data.registerOrganization.member), { replace: true });
    } else errors.show(result.error);
  });

  return (
    <PublicLayout title="Register your organization" width={640}>
      <Text size="sm">
        Companies post internships and site visits; universities book them for their students. A new organization is
        checked by the Practicum team before it can act.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.message} title="Could not register" />
          <Stack gap={4}>
            <Text component="span" size="sm" fw={500} id="kind-label">
              Organization kind
            </Text>
            <SegmentedControl
              aria-labelledby="kind-label"
              data={[
                { value: 'COMPANY', label: 'Company' },
                { value: 'UNIVERSITY', label: 'University' },
              ]}
              {...form.getInputProps('kind')}
            />
          </Stack>
          <TextInput label="Organization name" required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="City" {...form.getInputProps('city')} />
            <TextInput
              label="Country code"
              description="Two letters, such as SE"
              maxLength={2}
              {...form.getInputProps('country')}
            />
            <TextInput label="Website" type="url" placeholder="https://" {...form.getInputProps('website')} />
          </SimpleGrid>
          <Text fw={600} mt="sm">
            You, the first admin
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('admin.fullName')} />
            <TextInput
              label="Work email"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('admin.email')}
            />
          </SimpleGrid>
          <PasswordInput
            label="Password"
            description="10 characters or more, with a letter and a digit"
            autoComplete="new-password"
            required
            {...form.getInputProps('admin.password')}
          />
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/sign-in" size="sm">
              I already have an account
            </Anchor>
            <Button type="submit" loading={fetching}>
              Register
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
