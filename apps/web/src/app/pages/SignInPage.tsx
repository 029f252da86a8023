import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LoginDocument } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { PageLoader } from '../../ui/PageLoader';
import { PublicLayout } from '../../ui/PublicLayout';
import { homeOf, useAuth } from '../auth';
import { useFormErrors } from '../useFormErrors';

export function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ fetching }, login] = useMutation(LoginDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  const errors = useFormErrors(form, ['email', 'password']);
  const from = (location.state as { from?: string } | null)?.from;

  useEffect(() => {
    document.title = 'Sign in · Practicum';
  }, []);

  if (auth.status === 'loading') return <PageLoader />;
  if (auth.status === 'signedIn') return <Navigate to={homeOf(auth.member)} replace />;

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    if (result.data) {
      auth.signedIn(result.data.login);
      const member = result.data.login.member;
      void navigate(from && homeOf(member) !== '/waiting' ? from : homeOf(member), { replace: true });
    } else {
      errors.show(result.error);
    }
  });

  return (
    <PublicLayout title="Sign in">
      {auth.notice && (
        <Alert
          color="blue"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={auth.clearNotice}
        >
          {auth.notice}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.message} title="Could not sign in" />
          <TextInput label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot password?
          </Anchor>
          <Button type="submit" loading={fetching} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
      <Stack gap={4}>
        <Text size="sm">
          Student?{' '}
          <Anchor component={Link} to="/sign-up">
            Create your student account
          </Anchor>
        </Text>
        <Text size="sm">
          Company or university?{' '}
          <Anchor component={Link} to="/register">
            Register your organization
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
