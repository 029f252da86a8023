import { Alert } from '@mantine/core';

/** What just succeeded, announced politely; dark teal keeps the title and text above 4.5:1. */
export function DoneAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="teal.9" variant="light" role="status" title="Done">
      {message}
    </Alert>
  );
}
