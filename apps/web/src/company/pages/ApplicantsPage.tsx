import { Anchor, Card, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import {
  CompanyApplicantsDocument,
  OfferApplicantsDocument,
  RankApplicantDocument,
  type ApplicationStatus,
  type CompanyApplicantFragment,
  type SeatAllocation,
} from '../../gql/graphql';
import { RankingList } from '../../student/components/RankingList';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { applicationStatus, levelLabel } from '../../ui/labels';
import { PageLoader } from '../../ui/PageLoader';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore } from '../../ui/useLoadMore';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { ApplicantActions } from '../components/ApplicantActions';
import { FilterButtons } from '../components/FilterButtons';
import { StatusBadge } from '../components/StatusBadge';

type Ranked = CompanyApplicantFragment & { name: string };

const RANKED: ApplicationStatus[] = ['SUBMITTED', 'SHORTLISTED', 'OFFERED', 'WAITLISTED', 'VIRTUAL', 'ACCEPTED'];

function ApplicantDetails({
  a,
  allocation,
  onDone,
}: {
  a: CompanyApplicantFragment;
  allocation: SeatAllocation;
  onDone: (m: string) => void;
}) {
  const program = a.student.program;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{a.student.fullName}</Text>
        <StatusBadge tone={applicationStatus(a.status)} />
      </Group>
      <Text size="sm">
        {program ? `${program.name} (${levelLabel(program.level)})` : 'Program not shown'}
        {a.student.organization ? ` · ${a.student.organization.name}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        Applied {formatDateTime(a.createdAt)} for {formatDateTime(a.slot.startsAt)}
        {a.holdExpiresAt ? ` · seat held until ${formatDateTime(a.holdExpiresAt)}` : ''}
      </Text>
      <Spoiler maxHeight={44} showLabel="Show the whole motivation" hideLabel="Show less">
        <Text size="sm" className="break-words">
          {a.motivation}
        </Text>
      </Spoiler>
      {a.matchExplanation && <Text size="sm">Match round: {a.matchExplanation}</Text>}
      <ApplicantActions id={a.id} name={a.student.fullName} status={a.status} allocation={allocation} onDone={onDone} />
    </Stack>
  );
}

function OfferApplicants({ offerId }: { offerId: string }) {
  // The ranking is over every applicant: all pages are loaded, one after the other.
  const list = usePagedQuery({
    query: OfferApplicantsDocument,
    variables: { offerId },
    connection: (d) => d.applications,
    idOf: (e) => e.node.id,
    all: true,
  });
  const { data, fetching, error, refetch, edges } = list;
  const [, rank] = useMutation(RankApplicantDocument);
  const [order, setOrder] = useState<Ranked[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(data ? `Applicants of ${data.offer.title}` : 'Applicants');
  const all = edges.map((e) => e.node);
  useEffect(() => {
    setOrder(
      edges
        .map((e) => e.node)
        .filter((a) => RANKED.includes(a.status))
        .map((a) => ({ ...a, name: a.student.fullName })),
    );
  }, [edges]);
  const others = all.filter((a) => !RANKED.includes(a.status));

  const reorder = async (next: Ranked[]) => {
    setOrder(next);
    setMessage(null);
    for (const [i, a] of next.entries()) {
      if (a.companyRank === i + 1) continue;
      const result = await rank({ id: a.id, rank: i + 1 });
      if (result.error) {
        setMessage(describeError(result.error).message);
        refetch();
        return;
      }
    }
  };
  const changed = (m: string) => {
    setDone(m);
    refetch();
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/company/offers/${offerId}`} size="sm">
        Back to the offer
      </Anchor>
      <PageTitle>{data ? `Applicants of ${data.offer.title}` : 'Applicants'}</PageTitle>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={refetch}>
        {data && (
          <>
            <Text size="sm">
              Your ranking, best first: drag an applicant by the handle, or use the up and down buttons.{' '}
              {data.offer.allocation === 'MATCH_ROUND'
                ? 'The match round uses it to allocate the seats.'
                : 'Make offers as you review; the ranking is for your team.'}
            </Text>
            <DoneAlert message={done} />
            <FormAlert message={message} title="Could not save the ranking" />
            {list.incomplete ? (
              // Ranks are positions in the whole list: moving one before every applicant is here would misplace them.
              <PageLoader label={`Loading every applicant (${all.length} so far)`} />
            ) : order.length === 0 ? (
              <EmptyState title="No applicant to rank yet">Applicants appear here as students apply.</EmptyState>
            ) : (
              <RankingList
                label="Applicants, best first"
                items={order}
                onReorder={reorder}
                render={(a) => <ApplicantDetails a={a} allocation={data.offer.allocation} onDone={changed} />}
              />
            )}
            {others.length > 0 && (
              <Card withBorder component="section" aria-labelledby="others-title">
                <Title order={2} size="h4" id="others-title" mb="xs">
                  Withdrawn, declined or rejected
                </Title>
                <Stack gap="xs">
                  {others.map((a) => (
                    <Group key={a.id} gap="xs" wrap="wrap">
                      <Text size="sm">{a.student.fullName}</Text>
                      <StatusBadge tone={applicationStatus(a.status)} />
                      {a.history.at(-1)?.note && <Text size="xs">“{a.history.at(-1)?.note}”</Text>}
                    </Group>
                  ))}
                </Stack>
              </Card>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

const FILTERS = [
  { value: 'SUBMITTED', label: 'To review' },
  { value: 'SHORTLISTED', label: 'Shortlisted' },
  { value: 'OFFERED', label: 'Offered' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'WAITLISTED', label: 'Waitlisted' },
  { value: '', label: 'All' },
];

function AllApplicants() {
  usePageTitle('Applicants');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'SUBMITTED') as ApplicationStatus | '';
  const paged = usePagedQuery({
    query: CompanyApplicantsDocument,
    variables: { status: status || null },
    connection: (d) => d.applications,
    idOf: (e) => e.node.id,
  });
  const { data, fetching, error } = paged;
  const list = paged.edges.map((e) => e.node);
  const byOffer = new Map<string, { title: string; items: typeof list }>();
  for (const a of list) {
    const group = byOffer.get(a.offer.id) ?? { title: a.offer.title, items: [] };
    group.items.push(a);
    byOffer.set(a.offer.id, group);
  }
  return (
    <Stack gap="md">
      <PageTitle>Applicants</PageTitle>
      <FilterButtons
        label="Show applicants by status"
        value={status}
        options={FILTERS}
        onChange={(v) => setParams({ status: v })}
      />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={paged.refetch}>
        {list.length === 0 ? (
          <EmptyState title={status === 'SUBMITTED' ? 'No applicant waits for review' : 'No applicant here'} />
        ) : (
          [...byOffer.entries()].map(([offerId, group]) => (
            <Card withBorder key={offerId} component="section" aria-label={group.title}>
              <Group justify="space-between" wrap="wrap" mb="xs">
                <Title order={2} size="h4" className="break-words">
                  {group.title}
                </Title>
                <Anchor component={Link} to={`/company/offers/${offerId}/applicants`} size="sm">
                  Rank and answer the applicants of {group.title}
                </Anchor>
              </Group>
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {group.items.map((a) => (
                  <Group component="li" key={a.id} gap="xs" wrap="wrap">
                    <Text size="sm">{a.student.fullName}</Text>
                    <StatusBadge tone={applicationStatus(a.status)} />
                    <Text size="xs" c="dimmed">
                      applied {formatDateTime(a.createdAt)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Card>
          ))
        )}
        {list.length > 0 && (
          <LoadMore
            shown={list.length}
            noun="applicants"
            hasMore={paged.hasMore}
            loading={paged.loadingMore}
            onMore={paged.loadMore}
          />
        )}
      </QueryState>
    </Stack>
  );
}

export default function ApplicantsPage() {
  const { id } = useParams();
  return id ? <OfferApplicants offerId={id} /> : <AllApplicants />;
}
