import { Card, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

/** A dashboard number that opens the list it counts. */
export function StatLink({
  to,
  label,
  value,
  hint,
}: {
  to: string;
  label: string;
  value: string | number;
  hint?: string;
}) {
  return (
    <UnstyledButton component={Link} to={to} className="stat-link">
      <Card withBorder h="100%">
        <Text size="sm">{label}</Text>
        <Text fw={700} size="xl" c="teal.9" td="underline">
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Card>
    </UnstyledButton>
  );
}
