import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import OfferEditorPage from './OfferEditorPage';

const data = {
  facilities: [{ __typename: 'Facility', id: 'f1', name: 'GMP suite', city: 'Huddinge' }],
  organizations: [{ __typename: 'Organization', id: 'u1', name: 'UCL' }],
};

function renderEditor(
  answer: (name: string, variables: Record<string, unknown>) => { data?: unknown; error?: unknown },
) {
  const client = fakeClient((name, variables) =>
    name === 'OfferEditorData' ? { data } : name === 'Me' ? { data: null } : answer(name, variables),
  );
  renderWithApp(
    <Routes>
      <Route path="/company/offers/new" element={<OfferEditorPage />} />
      <Route path="/company/offers/:id" element={<p>Offer page</p>} />
    </Routes>,
    client,
    '/company/offers/new',
  );
  return client;
}

const future = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
};

async function fillValidVisit() {
  await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'CAR-T cleanroom visit');
  fireEvent.change(screen.getByLabelText(/Application deadline/), { target: { value: future(5, 17) } });
  fireEvent.change(screen.getByLabelText(/^Starts/), { target: { value: future(12, 9) } });
  fireEvent.change(screen.getByLabelText(/^Ends/), { target: { value: future(12, 13) } });
  await userEvent.type(screen.getByRole('textbox', { name: 'Onsite seats' }), '8');
}

describe('OfferEditorPage', () => {
  it('names every missing field before sending anything', async () => {
    const client = renderEditor(() => ({}));
    await userEvent.click(await screen.findByRole('button', { name: 'Create draft' }));
    expect(await screen.findByText('Give the offer a title of 3 characters or more')).toBeTruthy();
    expect(screen.getByText('Set the application deadline')).toBeTruthy();
    expect(screen.getByText('Set when it starts')).toBeTruthy();
    expect(screen.getByText('At least 1 seat')).toBeTruthy();
    expect(client.calls.some((c) => c.name === 'CreateOffer')).toBe(false);
  });

  it('puts the API field error next to the session field it names', async () => {
    renderEditor((name) =>
      name === 'CreateOffer'
        ? {
            error: new CombinedError({
              graphQLErrors: [
                {
                  message: 'Slots start after the application deadline',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: { 'slots.0.startsAt': ['Slots start after the application deadline'] },
                  },
                },
              ],
            }),
          }
        : {},
    );
    await screen.findByRole('button', { name: 'Create draft' });
    await fillValidVisit();
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    const field = await screen.findByText('Slots start after the application deadline');
    expect(field.closest('.mantine-InputWrapper-root')?.textContent).toContain('Starts');
    expect(screen.getByText('Could not create the offer')).toBeTruthy();
  });

  it('sends the visit as ISO instants with the chosen facility and opens it', async () => {
    const client = renderEditor((name) =>
      name === 'CreateOffer' ? { data: { createOffer: { __typename: 'Offer', id: 'o9' } } } : {},
    );
    await screen.findByRole('button', { name: 'Create draft' });
    await fillValidVisit();
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    await screen.findByText('Offer page');
    const input = client.calls.find((c) => c.name === 'CreateOffer')!.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      kind: 'SITE_VISIT',
      title: 'CAR-T cleanroom visit',
      facilityId: 'f1',
      allocation: 'FIRST_COME',
      virtualTwin: null,
      priorityGroup: null,
    });
    expect(input.slots).toEqual([
      { startsAt: new Date(future(12, 9)).toISOString(), endsAt: new Date(future(12, 13)).toISOString(), capacity: 8 },
    ]);
  });
});
