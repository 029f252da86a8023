import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { AcceptInvitationDocument } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { homeOf, useAuth } from '../auth';
import { passwordProblem } from '../password';
import { useFormErrors } from '../useFormErrors';

export default function InvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('code') ?? params.get('token') ?? '';
  const auth = useAuth();
  const navigate = useNavigate();
  const [{ fetching }, accept] = useMutation(AcceptInvitationDocument);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: passwordProblem,
      repeat: (v, values) => (v === values.password ? null : 'The two passwords differ'),
    },
  });
  const errors = useFormErrors(form, ['password']);

  useEffect(() => {
    document.title = 'Accept your invitation · Practicum';
  }, []);

  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await accept({ input: { token, password: v.password } });
    if (result.data) {
      auth.signedIn(result.data.acceptInvitation);
      void navigate(homeOf(result.data.acceptInvitation.member), { replace: true });
    } else errors.show(result.error);
  });

  return (
    <PublicLayout title="Accept your invitation">
      {!token ? (
        <Alert color="red" role="alert" title="This link is incomplete">
          Open the link from your invitation email again, or ask your organization admin to invite you once more.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">Choose a password to join your organization on Practicum.</Text>
            <FormAlert message={errors.message} title="Could not accept the invitation" />
            <PasswordInput
              label="New password"
              description="10 characters or more, with a letter and a digit"
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label="Repeat the password"
              autoComplete="new-password"
              required
              {...form.getInputProps('repeat')}
            />
            <Button type="submit" loading={fetching}>
              Join
            </Button>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
