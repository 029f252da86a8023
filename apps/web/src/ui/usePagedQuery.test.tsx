import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CompanyBookingsDocument } from '../gql/graphql';
import { fakeClient, renderWithApp } from '../test-utils';
import { LoadMore } from './useLoadMore';
import { usePagedQuery } from './usePagedQuery';

/** A fake API: bookings b1..bN, `size` a page, the cursor is the last id of a page. */
function bookingsApi(ids: () => string[], size = 2) {
  return fakeClient((name, variables) => {
    if (name !== 'CompanyBookings') return { data: { me: null } };
    const all = ids();
    const start = variables.after ? all.indexOf(variables.after as string) + 1 : 0;
    const page = all.slice(start, start + size);
    return {
      data: {
        bookings: {
          edges: page.map((id) => ({ node: { id } })),
          pageInfo: { hasNextPage: start + size < all.length, endCursor: page.at(-1) ?? null },
        },
      },
    };
  });
}

function Bookings({ status, loadAll = false }: { status: string; loadAll?: boolean }) {
  const list = usePagedQuery({
    query: CompanyBookingsDocument,
    variables: { status: status as 'PROPOSED', offerId: null },
    connection: (data) => data.bookings,
    idOf: (edge) => edge.node.id,
    loadAll,
  });
  return (
    <>
      {list.queries}
      <ul aria-label="bookings">
        {list.edges.map((e) => (
          <li key={e.node.id}>{e.node.id}</li>
        ))}
      </ul>
      <LoadMore
        shown={list.edges.length}
        noun="bookings"
        one="booking"
        hasMore={list.hasMore || list.loadingMore}
        loading={list.loadingMore}
        onMore={list.more}
      />
      <button onClick={list.refetch}>Reload</button>
    </>
  );
}

function Switcher() {
  const [status, setStatus] = useState('PROPOSED');
  return (
    <>
      <button onClick={() => setStatus('CONFIRMED')}>Confirmed</button>
      <Bookings status={status} />
    </>
  );
}

const shown = () => screen.getAllByRole('listitem').map((li) => li.textContent);
const afters = (client: ReturnType<typeof fakeClient>) =>
  client.calls.filter((c) => c.name === 'CompanyBookings').map((c) => c.variables.after ?? null);

describe('usePagedQuery', () => {
  it('fetches the page after the last end cursor on "Load more", shows every item once, and says when that is all', async () => {
    const client = bookingsApi(() => ['b1', 'b2', 'b3', 'b4', 'b5']);
    renderWithApp(<Bookings status="PROPOSED" />, client);
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2']));
    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2', 'b3', 'b4']));
    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']));
    expect(screen.getByRole('status').textContent).toBe('5 bookings shown: that is all');
    expect(screen.queryByRole('button', { name: 'Load more bookings' })).toBeNull();
    expect(new Set(afters(client))).toEqual(new Set([null, 'b2', 'b4']));
  });

  it('loads every page by itself when asked to (a ranking over all of them)', async () => {
    const client = bookingsApi(() => ['b1', 'b2', 'b3', 'b4', 'b5']);
    renderWithApp(<Bookings status="PROPOSED" loadAll />, client);
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']));
  });

  it('keeps the list whole when an earlier page changes: the next page follows its new end cursor', async () => {
    let ids = ['b1', 'b2', 'b3', 'b4'];
    const client = bookingsApi(() => ids);
    renderWithApp(<Bookings status="PROPOSED" />, client);
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2']));
    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2', 'b3', 'b4']));
    // b1 is answered and leaves the "To answer" list: pages are b2 b3 | b4.
    ids = ['b2', 'b3', 'b4'];
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(shown()).toEqual(['b2', 'b3', 'b4']));
    expect(afters(client)).toContain('b3');
  });

  it('starts again at the first page for other variables', async () => {
    const client = bookingsApi(() => ['b1', 'b2', 'b3']);
    renderWithApp(<Switcher />, client);
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2']));
    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2', 'b3']));
    await userEvent.click(screen.getByRole('button', { name: 'Confirmed' }));
    await waitFor(() => expect(shown()).toEqual(['b1', 'b2']));
    expect(screen.getByRole('button', { name: 'Load more bookings' })).toBeTruthy();
  });
});
