import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { useFormErrors } from '../useFormErrors';

export const RESET_SENT =
  'If an account exists for this address, we emailed it a link to choose a new password. The link works once and expires soon.';

export default function ForgotPasswordPage() {
  const [{ fetching }, request] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your email address') },
  });
  const errors = useFormErrors(form, ['email']);

  useEffect(() => {
    document.title = 'Forgot password · Practicum';
  }, []);

  const submit = form.onSubmit(async ({ email }) => {
    errors.clear();
    const result = await request({ input: { email: email.trim() } });
    if (result.error) errors.show(result.error);
    else setSentTo(email.trim());
  });

  return (
    <PublicLayout title="Forgot your password?">
      {sentTo ? (
        <Alert color="teal" variant="light" role="status" title="Check your email">
          {RESET_SENT}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              Enter the email address you sign in with, and we will email you a link to choose a new password.
            </Text>
            <FormAlert message={errors.message} title="Could not send the link" />
            <TextInput label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
            <Button type="submit" loading={fetching}>
              Email me a link
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
