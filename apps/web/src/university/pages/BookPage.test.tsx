import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import BookPage from './BookPage';

const setup = {
  offer: {
    __typename: 'Offer',
    id: 'o1',
    title: 'CAR-T manufacturing cleanroom visit',
    kind: 'SITE_VISIT',
    status: 'PUBLISHED',
    applicationDeadline: '2099-01-01T00:00:00Z',
    eligibleLevels: ['MSC', 'PHD'],
    company: { __typename: 'Organization', id: 'c1', name: 'Vecura' },
    facility: {
      __typename: 'Facility',
      id: 'f1',
      name: 'Vecura GMP suite',
      city: 'Huddinge',
      country: 'SE',
      latitude: 59.2,
      longitude: 17.9,
    },
    slots: [
      {
        __typename: 'OfferSlot',
        id: 's1',
        startsAt: '2099-03-01T09:00:00Z',
        endsAt: '2099-03-01T12:00:00Z',
        capacity: 8,
        free: 8,
        taken: 0,
      },
      {
        __typename: 'OfferSlot',
        id: 's2',
        startsAt: '2099-03-08T09:00:00Z',
        endsAt: '2099-03-08T12:00:00Z',
        capacity: 8,
        free: 2,
        taken: 6,
      },
    ],
    virtualTwin: { __typename: 'VirtualTwin', id: 't1', format: 'LIVE_STREAM', capacity: 10, taken: 0 },
    priorityGroup: null,
  },
  me: {
    __typename: 'Member',
    id: 'm0',
    organization: {
      __typename: 'Organization',
      id: 'u1',
      programs: [
        {
          __typename: 'Program',
          id: 'p1',
          name: 'MSc Manufacturing',
          level: 'MSC',
          cohortSize: 24,
          minimumOnsiteShare: 0.5,
        },
      ],
      members: [
        {
          __typename: 'Member',
          id: 'st1',
          fullName: 'Amelia Jones',
          email: 'a@x',
          role: 'STUDENT',
          status: 'ACTIVE',
          programId: 'p1',
        },
        {
          __typename: 'Member',
          id: 'st2',
          fullName: 'Noah Patel',
          email: 'n@x',
          role: 'STUDENT',
          status: 'ACTIVE',
          programId: 'p1',
        },
        {
          __typename: 'Member',
          id: 'st3',
          fullName: 'Olivia Brown',
          email: 'o@x',
          role: 'STUDENT',
          status: 'ACTIVE',
          programId: 'p1',
        },
      ],
    },
  },
};

function renderBook(answer: (name: string, variables: Record<string, unknown>) => { data?: unknown; error?: unknown }) {
  const client = fakeClient((name, variables) => (name === 'BookingSetup' ? { data: setup } : answer(name, variables)));
  renderWithApp(
    <Routes>
      <Route path="/university/book/:offerId" element={<BookPage />} />
      <Route path="/university/bookings" element={<p>bookings list</p>} />
    </Routes>,
    client,
    '/university/book/o1?program=p1',
  );
  return client;
}

const noSession = () => ({
  error: new CombinedError({ graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
});

describe('BookPage', () => {
  it('shows the onsite / virtual / waitlist split and the minimum-onsite warning before sending', async () => {
    const client = renderBook((name) =>
      name === 'RequestBooking'
        ? { data: { requestBooking: { __typename: 'Booking', id: 'b1', status: 'PROPOSED' } } }
        : noSession(),
    );
    await userEvent.click(await screen.findByRole('radio', { name: /8 of 8 seats free/ }));
    const students = screen.getByRole('textbox', { name: /^Students/ });
    await userEvent.clear(students);
    await userEvent.type(students, '20');
    const split = screen.getByRole('region', { name: 'Split with the seats free now' });
    expect(within(split).getByText('Onsite').nextSibling?.textContent).toBe('8');
    expect(within(split).getByText('Virtual').nextSibling?.textContent).toBe('10');
    expect(within(split).getByText('Waitlist').nextSibling?.textContent).toBe('2');
    expect(within(split).getByRole('alert').textContent).toContain('Only 8 of 20 students (40%) can be onsite');

    const send = screen.getByRole('button', { name: 'Send booking request' });
    expect(send.hasAttribute('disabled')).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Book anyway with 8 of 20 onsite' }));
    await userEvent.click(screen.getByRole('radio', { name: /Recorded lottery/ }));
    await userEvent.click(send);
    expect(await screen.findByText('bookings list')).toBeTruthy();
    expect(client.calls.find((c) => c.name === 'RequestBooking')!.variables).toEqual({
      input: { slotId: 's1', programId: 'p1', splitRule: 'LOTTERY', headcount: 20 },
    });
  });

  it('names the cohort in priority order, splits it by name and shows API field errors next to the fields', async () => {
    const client = renderBook((name) =>
      name === 'RequestBooking'
        ? {
            error: new CombinedError({
              graphQLErrors: [
                {
                  message: 'Invalid',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: { studentIds: 'every student of the cohort must be an active student of the program' },
                  },
                },
              ],
            }),
          }
        : noSession(),
    );
    await userEvent.click(await screen.findByRole('radio', { name: /2 of 8 seats free/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'By name' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Olivia Brown' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Amelia Jones' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Noah Patel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move Noah Patel up' }));
    const onsite = screen.getByRole('list', { name: 'Onsite students' });
    expect(
      within(onsite)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Olivia Brown', 'Noah Patel']);
    expect(screen.getByRole('list', { name: 'Virtual students' }).textContent).toBe('Amelia Jones');
    await userEvent.click(screen.getByRole('button', { name: 'Send booking request' }));
    expect(
      await screen.findByText('Every student of the cohort must be an active student of the program'),
    ).toBeTruthy();
    expect(client.calls.find((c) => c.name === 'RequestBooking')!.variables).toEqual({
      input: { slotId: 's2', programId: 'p1', splitRule: 'PRIORITY', studentIds: ['st3', 'st2', 'st1'] },
    });
  });
});
