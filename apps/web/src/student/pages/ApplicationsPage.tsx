import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import {
  AcceptOfferDocument,
  DeclineOfferDocument,
  MyApplicationsDocument,
  RankMyApplicationsDocument,
  WithdrawApplicationDocument,
  type MyApplicationsQuery,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { ACTIVE_STATUSES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { ApplicationCard } from '../components/ApplicationCard';
import { RankingList } from '../components/RankingList';

type Application = MyApplicationsQuery['myApplications']['edges'][number]['node'];

export default function ApplicationsPage() {
  usePageTitle('My applications');
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyApplicationsDocument });
  const [accepting, accept] = useMutation(AcceptOfferDocument);
  const [declining, decline] = useMutation(DeclineOfferDocument);
  const [withdrawing, withdraw] = useMutation(WithdrawApplicationDocument);
  const [ranking, rankMine] = useMutation(RankMyApplicationsDocument);
  const [actionError, setActionError] = useState<string | null>(null);
  const busy = accepting.fetching || declining.fetching || withdrawing.fetching;

  const all = useMemo(() => data?.myApplications.edges.map((e) => e.node) ?? [], [data]);
  const serverOrder = useMemo(
    () => all.filter((a) => ACTIVE_STATUSES.includes(a.status)).sort((a, b) => a.rank - b.rank),
    [all],
  );
  const past = all.filter((a) => !ACTIVE_STATUSES.includes(a.status));
  const [order, setOrder] = useState<string[] | null>(null);
  useEffect(() => setOrder(null), [serverOrder]);
  const ranked = order
    ? order.map((id) => serverOrder.find((a) => a.id === id)).filter((a): a is Application => !!a)
    : serverOrder;

  /** Shows the new order at once and saves it; the list is fetched again afterwards, or put back if refused. */
  const reorder = async (ids: string[]) => {
    setOrder(ids);
    setActionError(null);
    const result = await rankMine({ ids });
    if (result.error) {
      setActionError(`Your new order was not saved: ${describeError(result.error).message}`);
      setOrder(null);
    }
  };

  const run = async (action: () => Promise<{ error?: Parameters<typeof describeError>[0] }>) => {
    setActionError(null);
    const result = await action();
    if (result.error) setActionError(describeError(result.error).message);
  };
  const card = (a: Application) => (
    <ApplicationCard
      application={a}
      busy={busy}
      onAccept={() => run(() => accept({ id: a.id }))}
      onDecline={() => run(() => decline({ id: a.id }))}
      onWithdraw={() => {
        if (window.confirm(`Withdraw your application to ${a.offer.title}? A seat held for you is freed.`))
          void run(() => withdraw({ id: a.id }));
      }}
    />
  );

  return (
    <Stack gap="md">
      <PageTitle>My applications</PageTitle>
      <FormAlert message={actionError} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {all.length === 0 ? (
          <EmptyState title="You have not applied yet">
            Find an offer and apply with a few words on why you want it.
          </EmptyState>
        ) : (
          <>
            <Text size="sm">
              Your first choice is at the top. Drag a choice by its handle, use the arrow buttons, or focus the handle
              and use space and the arrow keys.
            </Text>
            <Text size="sm" role="status" aria-live="polite">
              {ranking.fetching
                ? 'Saving your new order…'
                : ranking.data && !ranking.error
                  ? 'Your order is saved: match rounds and waitlists use it.'
                  : ''}
            </Text>
            {ranked.length > 0 && (
              <RankingList<Application & { name: string }>
                label="My choices, first choice first"
                items={ranked.map((a) => ({ ...a, name: a.offer.title }))}
                onReorder={(items) => void reorder(items.map((i) => i.id))}
                render={card}
              />
            )}
            {past.length > 0 && (
              <section aria-labelledby="past-title">
                <Title order={2} size="h4" id="past-title" my="sm">
                  Closed
                </Title>
                <Stack gap="sm">
                  {past.map((a) => (
                    <Card withBorder key={a.id}>
                      {card(a)}
                    </Card>
                  ))}
                </Stack>
              </section>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
