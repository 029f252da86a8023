import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import { ProgramForm } from './ProgramForm';

const input = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input' });

describe('ProgramForm', () => {
  it('checks the term before sending, sends the share as a fraction and shows API field errors next to the fields', async () => {
    const client = fakeClient((name) =>
      name === 'CreateProgram'
        ? {
            error: new CombinedError({
              graphQLErrors: [
                {
                  message: 'Invalid',
                  extensions: { code: 'BAD_USER_INPUT', fields: { name: 'a program with this name exists' } },
                },
              ],
            }),
          }
        : {
            error: new CombinedError({
              graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
            }),
          },
    );
    const created = vi.fn();
    renderWithApp(<ProgramForm onCreated={created} />, client);
    fireEvent.change(input('Program name'), { target: { value: 'MSc Cell Therapy' } });
    fireEvent.change(input('Term starts'), { target: { value: '2027-09-01' } });
    fireEvent.change(input('Term ends'), { target: { value: '2027-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('The term must end after it starts')).toBeTruthy();
    expect(client.calls.some((c) => c.name === 'CreateProgram')).toBe(false);

    fireEvent.change(input('Term ends'), { target: { value: '2028-06-30' } });
    const share = input('Minimum onsite share');
    await userEvent.clear(share);
    await userEvent.type(share, '50');
    await userEvent.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('A program with this name exists')).toBeTruthy();
    expect(input('Program name').getAttribute('aria-invalid')).toBe('true');
    expect(client.calls.find((c) => c.name === 'CreateProgram')!.variables).toEqual({
      input: {
        name: 'MSc Cell Therapy',
        level: 'MSC',
        cohortSize: 20,
        termStart: '2027-09-01',
        termEnd: '2028-06-30',
        minimumOnsiteShare: 0.5,
        topics: [],
      },
    });
    expect(created).not.toHaveBeenCalled();
  });
});
