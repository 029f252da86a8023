import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompanyBookingFragment } from '../../gql/graphql';
import { SplitPreview } from './SplitPreview';

function booking(over: {
  headcount: number;
  free: number;
  twin: { capacity: number | null; taken: number } | null;
  minimum: number;
}): CompanyBookingFragment {
  return {
    id: 'b1',
    status: 'PROPOSED',
    headcount: over.headcount,
    note: '',
    createdAt: '2027-01-01T10:00:00Z',
    onsiteSeats: 0,
    virtualSeats: 0,
    waitlistedSeats: 0,
    universityId: 'u1',
    programId: 'p1',
    studentIds: [],
    split: null,
    university: { id: 'u1', name: 'UCL' },
    program: { id: 'p1', name: 'MSc Manufacturing', level: 'MSC', minimumOnsiteShare: over.minimum },
    slot: {
      id: 's1',
      startsAt: '2027-03-01T09:00:00Z',
      endsAt: '2027-03-01T13:00:00Z',
      capacity: 8,
      taken: 8 - over.free,
      free: over.free,
    },
    offer: {
      id: 'o1',
      title: 'CAR-T visit',
      kind: 'SITE_VISIT',
      applicationDeadline: '2027-02-01T00:00:00Z',
      priorityGroup: null,
      virtualTwin: over.twin && {
        id: 't1',
        format: 'LIVE_STREAM',
        capacity: over.twin.capacity,
        taken: over.twin.taken,
      },
    },
  };
}

const renderPreview = (b: CompanyBookingFragment) =>
  render(
    <MantineProvider>
      <SplitPreview booking={b} />
    </MantineProvider>,
  );

describe('SplitPreview', () => {
  it('shows onsite, virtual and waitlist before confirming, in words as well as colour', () => {
    renderPreview(booking({ headcount: 24, free: 8, twin: { capacity: 10, taken: 0 }, minimum: 0 }));
    expect(screen.getByRole('group', { name: 'If you confirm now: 8 onsite, 10 virtual, 6 waitlisted' })).toBeTruthy();
    expect(screen.queryByText("Below the program's minimum onsite share")).toBeNull();
  });

  it("warns when the program's minimum onsite share is not met", () => {
    renderPreview(booking({ headcount: 24, free: 8, twin: { capacity: null, taken: 0 }, minimum: 0.5 }));
    expect(screen.getByText("Below the program's minimum onsite share")).toBeTruthy();
    expect(
      screen.getByText(/Only 33% of the cohort would be onsite; MSc Manufacturing asks for at least 50%/),
    ).toBeTruthy();
  });

  it('says the overflow waits when there is no virtual alternative', () => {
    renderPreview(booking({ headcount: 10, free: 4, twin: null, minimum: 0 }));
    expect(screen.getByRole('group', { name: 'If you confirm now: 4 onsite, 0 virtual, 6 waitlisted' })).toBeTruthy();
    expect(screen.getByText(/no virtual alternative/)).toBeTruthy();
  });
});
