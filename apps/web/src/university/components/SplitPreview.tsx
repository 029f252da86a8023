import { Alert, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CohortRule } from '../../gql/graphql';
import { TONES } from '../../ui/labels';
import { percent } from './labels';
import type { SplitPreview as Split } from './split';

function Count({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs">{hint}</Text>
    </Card>
  );
}

/** The onsite / virtual / waitlist split a booking would get now, and the minimum-onsite warning. */
export function SplitPreview({
  split,
  headcount,
  minimumOnsiteShare,
  rule,
  hasTwin,
  names,
}: {
  split: Split;
  headcount: number;
  minimumOnsiteShare: number;
  rule: CohortRule;
  hasTwin: boolean;
  /** The named cohort in priority order, when named. */
  names: string[];
}) {
  const cut = (from: number, to: number) => names.slice(from, to);
  return (
    <Card withBorder component="section" aria-labelledby="split-title" aria-live="polite">
      <Stack gap="sm">
        <Title order={2} size="h4" id="split-title">
          Split with the seats free now
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Count label="Onsite" value={split.onsite} hint={`${percent(split.onsiteShare)} of ${headcount}`} />
          <Count
            label="Virtual"
            value={split.virtual}
            hint={hasTwin ? 'in the virtual alternative' : 'no virtual alternative'}
          />
          <Count label="Waitlist" value={split.waitlisted} hint="moved onsite if a seat frees up" />
        </SimpleGrid>
        {!split.minimumMet && (
          <Alert
            color={TONES.attention}
            variant="outline"
            title="Below the program's minimum onsite share"
            role="alert"
          >
            Only {split.onsite} of {headcount} students ({percent(split.onsiteShare)}) can be onsite; the program asks
            for at least {percent(minimumOnsiteShare)} ({split.requiredOnsite} students). You can still book: the rest
            go virtual or on the waitlist, or choose another session.
          </Alert>
        )}
        {names.length > 0 && rule === 'PRIORITY' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {[
              ['Onsite', cut(0, split.onsite)],
              ['Virtual', cut(split.onsite, split.onsite + split.virtual)],
              ['Waitlist', cut(split.onsite + split.virtual, names.length)],
            ].map(([label, list]) => (
              <Stack gap={2} key={label as string}>
                <Text size="sm" fw={600}>
                  {label as string}
                </Text>
                {(list as string[]).length === 0 ? (
                  <Text size="sm">nobody</Text>
                ) : (
                  <List size="sm" aria-label={`${label as string} students`}>
                    {(list as string[]).map((n) => (
                      <List.Item key={n}>{n}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            ))}
          </SimpleGrid>
        )}
        {names.length > 0 && rule === 'LOTTERY' && (
          <Text size="sm">
            Who goes onsite is drawn by a seeded lottery when the company confirms; the seed is recorded on the booking
            so the draw can be checked.
          </Text>
        )}
        <Group>
          <Text size="xs">
            The company decides the split when it confirms, with the seats free then; this preview counts the seats free
            now.
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
