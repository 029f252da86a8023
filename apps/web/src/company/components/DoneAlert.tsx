import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { TONES } from '../../ui/labels';

const KINDS = {
  success: { color: TONES.success, background: '#ebfbee' },
  warning: { color: TONES.attention, background: '#fff4e6' },
} as const;

/** A bordered notice whose title and text keep 4.5:1 on its tint; the title says what it is, not only the colour. */
export function Notice({
  kind,
  title,
  children,
  role,
}: {
  kind: keyof typeof KINDS;
  title: string;
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  const { color, background } = KINDS[kind];
  return (
    <Paper withBorder p="sm" role={role} style={{ borderColor: color, borderLeftWidth: 4, background }}>
      <Text fw={700} size="sm" c={color}>
        {title}
      </Text>
      <Text size="sm" c="#212529">
        {children}
      </Text>
    </Paper>
  );
}

/** What just succeeded, announced politely. */
export function DoneAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Notice kind="success" title="Done" role="status">
      {message}
    </Notice>
  );
}
