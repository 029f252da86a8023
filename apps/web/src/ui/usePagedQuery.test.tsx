import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { theme } from '../app/theme';
import { UniversityBookingsDocument } from '../gql/graphql';
import { fakeClient } from '../test-utils';
import { LoadMore } from './useLoadMore';
import { mergePages, usePagedQuery } from './usePagedQuery';

const booking = (id: string) => ({ cursor: id, node: { id, offer: { title: `Offer ${id}` } } });

/** Three pages of bookings (a, b | c, d | e), and one for the CANCELLED status; `b` shows again on the second page (the list moved). */
function bookingsClient() {
  const pages: Record<string, { ids: string[]; next: string | null }> = {
    'null:start': { ids: ['a', 'b'], next: 'b' },
    'null:b': { ids: ['b', 'c', 'd'], next: 'd' },
    'null:d': { ids: ['e'], next: null },
    'CANCELLED:start': { ids: ['x'], next: null },
  };
  return fakeClient((_name, variables) => {
    const page = pages[`${String(variables.status)}:${(variables.after as string | null) ?? 'start'}`];
    return {
      data: {
        bookings: {
          edges: page.ids.map(booking),
          pageInfo: { hasNextPage: page.next !== null, endCursor: page.next ?? page.ids.at(-1) },
        },
      },
    };
  });
}

function Bookings({ status = null, all = false }: { status?: 'CANCELLED' | null; all?: boolean }) {
  const list = usePagedQuery({
    query: UniversityBookingsDocument,
    variables: { status },
    connection: (d) => d.bookings,
    idOf: (e) => e.node.id,
    all,
  });
  return (
    <>
      <ul>
        {list.edges.map((e) => (
          <li key={e.node.id}>{e.node.offer.title}</li>
        ))}
      </ul>
      {list.incomplete && <p>Loading every booking</p>}
      <LoadMore
        shown={list.edges.length}
        noun="bookings"
        hasMore={list.hasMore}
        loading={list.loadingMore}
        onMore={list.loadMore}
      />
    </>
  );
}

const titles = () => screen.getAllByRole('listitem').map((li) => li.textContent);

function renderBookings(client: ReturnType<typeof bookingsClient>, props: Parameters<typeof Bookings>[0] = {}) {
  const view = render(
    <MantineProvider theme={theme}>
      <Provider value={client}>
        <Bookings {...props} />
      </Provider>
    </MantineProvider>,
  );
  return {
    ...view,
    rerenderWith: (next: Parameters<typeof Bookings>[0]) =>
      view.rerender(
        <MantineProvider theme={theme}>
          <Provider value={client}>
            <Bookings {...next} />
          </Provider>
        </MantineProvider>,
      ),
  };
}

describe('mergePages', () => {
  it('keeps the pages in order and an item on two pages once, where it first was', () => {
    const id = (x: { id: string }) => x.id;
    expect(mergePages([[{ id: 'a' }, { id: 'b' }], undefined, [{ id: 'b' }, { id: 'c' }]], id)).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
    ]);
  });
});

describe('usePagedQuery with LoadMore', () => {
  it('adds the next page under the list on "Load more", asking after the last cursor, until there is no more', async () => {
    const client = bookingsClient();
    renderBookings(client);
    expect(titles()).toEqual(['Offer a', 'Offer b']);
    expect(screen.getByRole('status').textContent).toContain('2 bookings shown');

    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(titles()).toEqual(['Offer a', 'Offer b', 'Offer c', 'Offer d']));
    expect(client.calls.map((c) => c.variables.after)).toEqual([null, 'b']);

    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(titles()).toHaveLength(5));
    expect(screen.getByRole('status').textContent).toContain('5 bookings shown: that is all');
    expect(screen.queryByRole('button', { name: 'Load more bookings' })).toBeNull();
  });

  it('starts again at the first page when the other variables change', async () => {
    const client = bookingsClient();
    const view = renderBookings(client);
    await userEvent.click(screen.getByRole('button', { name: 'Load more bookings' }));
    await waitFor(() => expect(titles()).toHaveLength(4));

    view.rerenderWith({ status: 'CANCELLED' });
    await waitFor(() => expect(titles()).toEqual(['Offer x']));
    expect(client.calls.at(-1)?.variables).toEqual({ status: 'CANCELLED', after: null });
  });

  it('with `all`, fetches every page one after the other and then says the list is whole', async () => {
    const client = bookingsClient();
    renderBookings(client, { all: true });
    await waitFor(() => expect(titles()).toEqual(['Offer a', 'Offer b', 'Offer c', 'Offer d', 'Offer e']));
    expect(screen.queryByText('Loading every booking')).toBeNull();
    expect(client.calls.map((c) => c.variables.after)).toEqual([null, 'b', 'd']);
  });
});
