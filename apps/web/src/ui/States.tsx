import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError } from '../app/errors';
import { PageLoader } from './PageLoader';

/** A page's loading, error and content states in one place. */
export function QueryState({
  fetching,
  error,
  hasData,
  retry,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  hasData: boolean;
  retry?: () => void;
  children: ReactNode;
}) {
  if (hasData) {
    return (
      <>
        {error && <ErrorNotice error={error} retry={retry} />}
        {children}
      </>
    );
  }
  if (error) return <ErrorNotice error={error} retry={retry} />;
  if (fetching) return <PageLoader />;
  return <>{children}</>;
}

export function ErrorNotice({ error, retry }: { error: CombinedError; retry?: () => void }) {
  return (
    <Alert color="red" role="alert" title="Could not load this">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(error).message}</Text>
        {retry && (
          <Button size="xs" variant="light" color="red" onClick={retry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={4} py="md">
      <Text fw={600}>{title}</Text>
      {children && (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      )}
    </Stack>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}
