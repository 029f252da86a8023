import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CompanyOfferRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { offerKindLabel } from '../../ui/labels';
import { offerStatus } from '../labels';
import { offerFill } from './fill';
import { StatusBadge } from './StatusBadge';

function Meter({ label, taken, capacity }: { label: string; taken: number; capacity: number | null }) {
  const text = capacity === null ? `${taken} (no limit)` : `${taken} / ${capacity}`;
  return (
    <div>
      <Group justify="space-between" gap={4}>
        <Text size="xs">{label}</Text>
        <Text size="xs" fw={600}>
          {text}
        </Text>
      </Group>
      {capacity !== null && capacity > 0 && (
        <Progress
          value={Math.min(100, (taken / capacity) * 100)}
          size="sm"
          color="teal.8"
          aria-label={`${label}: ${text}`}
        />
      )}
    </div>
  );
}

/** Offers as cards with their onsite, virtual and waitlist fill; each card opens the offer. */
export function OfferFillList({
  offers,
  waiting,
}: {
  offers: CompanyOfferRowFragment[];
  waiting: Map<string, number>;
}) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {offers.map((o) => {
        const fill = offerFill(o, waiting.get(o.id) ?? 0);
        return (
          <Card component="li" withBorder key={o.id} p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs" mb={6}>
              <Anchor component={Link} to={`/company/offers/${o.id}`} fw={600} className="break-words">
                {o.title}
              </Anchor>
              <Group gap={6}>
                <Text size="xs">{offerKindLabel(o.kind)}</Text>
                <StatusBadge tone={offerStatus(o.status)} />
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <Meter label="Onsite" taken={fill.onsiteTaken} capacity={fill.onsiteCapacity} />
              {fill.hasTwin ? (
                <Meter label="Virtual" taken={fill.virtualTaken} capacity={fill.virtualCapacity} />
              ) : (
                <Text size="xs">Virtual: no alternative</Text>
              )}
              <Group justify="space-between" gap={4} align="flex-start">
                <Text size="xs">Waitlist</Text>
                <Text size="xs" fw={600}>
                  {fill.waitlisted}
                </Text>
              </Group>
            </SimpleGrid>
            <Group justify="space-between" wrap="wrap" mt={6} gap="xs">
              <Text size="xs" c="dimmed">
                Apply by {formatDateTime(o.applicationDeadline)}
              </Text>
              <Anchor component={Link} to={`/company/offers/${o.id}/applicants`} size="xs">
                Applicants of {o.title}
              </Anchor>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
