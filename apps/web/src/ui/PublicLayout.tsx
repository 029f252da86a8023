import { Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The frame of the pages one sees before signing in. */
export function PublicLayout({ title, children, width = 440 }: { title: string; children: ReactNode; width?: number }) {
  return (
    <Container size={width} px="md" py="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
            Practicum
          </Anchor>
          <Text size="sm" c="dimmed">
            Training places in cell and gene therapy
          </Text>
        </Group>
        <main>
          <Paper withBorder p="lg" radius="md">
            <Stack gap="md">
              <Title order={1} size="h2">
                {title}
              </Title>
              {children}
            </Stack>
          </Paper>
        </main>
      </Stack>
    </Container>
  );
}
