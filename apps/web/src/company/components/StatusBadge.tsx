import { Badge } from '@mantine/core';

export function StatusBadge({ tone }: { tone: { label: string; color: string } }) {
  return (
    <Badge variant="outline" color={tone.color} style={{ whiteSpace: 'normal', height: 'auto' }}>
      {tone.label}
    </Badge>
  );
}
