import { Alert } from '@mantine/core';

/** The general message of a failed operation, announced to screen readers. */
export function FormAlert({
  message,
  title = 'That did not work',
}: {
  message: string | null | undefined;
  title?: string;
}) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {message}
    </Alert>
  );
}
