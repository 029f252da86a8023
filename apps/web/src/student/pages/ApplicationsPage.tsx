import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useMutation } from 'urql';
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
import { PageLoader } from '../../ui/PageLoader';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { ApplicationCard } from '../components/ApplicationCard';
import { RankingList } from '../components/RankingList';

type Application = MyApplicationsQuery['myApplications']['edges'][number]['node'];

export default function ApplicationsPage() {
  usePageTitle('My applications');
  // Ranking is over every application: all pages are loaded, one after the other.
  const list = usePagedQuery({
    query: MyApplicationsDocument,
    variables: {},
    connection: (d) => d.myApplications,
    idOf: (e) => e.node.id,
    all: true,
  });
  const { data, fetching, error } = list;
  const [accepting, accept] = useMutation(AcceptOfferDocument);
  const [declining, decline] = useMutation(DeclineOfferDocument);
  const [withdrawing, withdraw] = useMutation(WithdrawApplicationDocument);
  const [ranking, rankMine] = useMutation(RankMyApplicationsDocument);
  const [actionError, setActionError] = useState<string | null>(null);
  const busy = accepting.fetching || declining.fetching || withdrawing.fetching;

  const all = useMemo(() => list.edges.map((e) => e.node), [list.edges]);
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
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={list.refetch}>
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
            {list.incomplete ? (
              // A rank is a place among all of them: reordering before every application is here would misplace them.
              <PageLoader label={`Loading all your applications (${all.length} so far)`} />
            ) : (
              ranked.length > 0 && (
                <RankingList<Application & { name: string }>
                  label="My choices, first choice first"
                  items={ranked.map((a) => ({ ...a, name: a.offer.title }))}
                  onReorder={(items) => void reorder(items.map((i) => i.id))}
                  render={card}
                />
              )
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
