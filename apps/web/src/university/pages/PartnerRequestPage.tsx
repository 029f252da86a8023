import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PartnerRequestDetailDocument } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { offerKindLabel, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { factorLabel } from '../components/labels';

export default function PartnerRequestPage() {
  const { id = '' } = useParams();
  usePageTitle('Partner request');
  const [{ data, fetching, error }, refetch] = useQuery({ query: PartnerRequestDetailDocument, variables: { id } });
  const request = data?.partnerRequest;
  const recommendations = data?.recommendedOffers ?? [];
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/university/requests" size="sm">
        Back to partner requests
      </Anchor>
      <PageTitle>
        {request ? `${offerKindLabel(request.kind)} for ${request.program.name}` : 'Partner request'}
      </PageTitle>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {request && (
          <Text size="sm">
            {request.headcount} students · {formatDate(request.windowStart)} to {formatDate(request.windowEnd)} · within{' '}
            {request.maxDistanceKm} km · {request.virtualAcceptable ? 'virtual acceptable' : 'onsite only'}
            {request.topics.length > 0 && ` · ${request.topics.join(', ')}`}
            {request.note && ` · “${request.note}”`}
          </Text>
        )}
        <Title order={2} size="h3">
          Recommended offers
        </Title>
        {recommendations.length === 0 ? (
          <EmptyState title="No offer fits yet">
            Published offers of verified companies appear here, best first, as companies post them.
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {recommendations.map((r, index) => (
              <Card withBorder key={r.offerId} component="article" aria-labelledby={`rec-${r.offerId}`}>
                <Group justify="space-between" wrap="wrap" align="flex-start" mb="xs">
                  <Stack gap={2}>
                    <Title order={3} size="h4" id={`rec-${r.offerId}`}>
                      {index + 1}. {r.offer.title}
                    </Title>
                    <Text size="sm">
                      {offerKindLabel(r.offer.kind)} · {r.offer.company?.name ?? 'company'} · {r.offer.facility.city},{' '}
                      {r.offer.facility.country}
                    </Text>
                  </Stack>
                  <Stack gap={4} align="flex-end">
                    <Text fw={700}>Score {Math.round(r.score)} / 100</Text>
                    <Badge variant="outline" color={r.eligible ? TONES.success : TONES.danger}>
                      {r.eligible ? 'Eligible' : 'Not eligible'}
                    </Badge>
                  </Stack>
                </Group>
                <Progress
                  value={r.score}
                  aria-label={`Score of ${r.offer.title}: ${Math.round(r.score)} of 100`}
                  mb="sm"
                  color={r.eligible ? 'teal.9' : 'gray.7'}
                />
                <List
                  spacing={6}
                  size="sm"
                  listStyleType="none"
                  aria-label={`Why ${r.offer.title} scores ${Math.round(r.score)}`}
                >
                  {r.factors.map((f) => (
                    <List.Item key={f.factor}>
                      <Text size="sm" span fw={600}>
                        {f.passed ? '✓' : '✗'} {factorLabel(f.factor)}
                      </Text>
                      <Text size="sm" span>
                        {' '}
                        ({f.passed ? 'met' : 'not met'}
                        {f.hard ? ', required' : ''}, {Math.round(f.value * 100)}% × weight {f.weight}): {f.reason}
                      </Text>
                    </List.Item>
                  ))}
                </List>
                {r.eligible && r.offer.kind && request && (
                  <Group mt="sm">
                    <Button
                      component={Link}
                      to={`/university/book/${r.offerId}?program=${request.program.id}&request=${request.id}&headcount=${request.headcount}`}
                      variant="outline"
                    >
                      Book {r.offer.title}
                    </Button>
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
