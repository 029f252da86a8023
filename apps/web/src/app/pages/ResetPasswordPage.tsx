import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ResetPasswordDocument } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { useAuth } from '../auth';
import { passwordProblem } from '../password';
import { useFormErrors } from '../useFormErrors';

export const PASSWORD_CHANGED = 'Your password is changed. Sign in with the new one.';

export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const auth = useAuth();
  const navigate = useNavigate();
  const [{ fetching }, reset] = useMutation(ResetPasswordDocument);
  const form = useForm({
    initialValues: { newPassword: '', repeat: '' },
    validate: {
      newPassword: passwordProblem,
      repeat: (v, values) => (v === values.newPassword ? null : 'The two passwords differ'),
    },
  });
  const errors = useFormErrors(form, ['newPassword']);

  useEffect(() => {
    document.title = 'Choose a new password · Practicum';
  }, []);

  const submit = form.onSubmit(async ({ newPassword }) => {
    errors.clear();
    const result = await reset({ input: { token, newPassword } });
    if (result.data?.resetPassword) {
      // Every session of the account ended with the change; this one signs in again.
      auth.signOut(PASSWORD_CHANGED);
      void navigate('/sign-in', { replace: true });
    } else errors.show(result.error);
  });

  return (
    <PublicLayout title="Choose a new password">
      {!token ? (
        <Alert color="red" role="alert" title="This link is incomplete">
          Open the link from the email again, or ask for a new one.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert message={errors.message} title="Could not change the password" />
            <PasswordInput
              label="New password"
              description="10 characters or more, with a letter and a digit"
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label="Repeat the password"
              autoComplete="new-password"
              required
              {...form.getInputProps('repeat')}
            />
            <Button type="submit" loading={fetching}>
              Change the password
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
