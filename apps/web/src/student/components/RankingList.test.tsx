import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RankingList } from './RankingList';

function Harness() {
  const [items, setItems] = useState([
    { id: '1', name: 'CAR-T visit' },
    { id: '2', name: 'QC internship' },
    { id: '3', name: 'iPSC visit' },
  ]);
  return (
    <MantineProvider>
      <RankingList label="My choices" items={items} onReorder={setItems} render={(item) => <span>{item.name}</span>} />
    </MantineProvider>
  );
}

const order = () =>
  screen.getAllByRole('listitem').map((li) => li.textContent?.match(/(CAR-T visit|QC internship|iPSC visit)/)?.[0]);

describe('RankingList', () => {
  it('moves a choice with the up and down buttons and announces it', async () => {
    render(<Harness />);
    expect(order()).toEqual(['CAR-T visit', 'QC internship', 'iPSC visit']);
    await userEvent.click(screen.getByRole('button', { name: 'Move iPSC visit up' }));
    expect(order()).toEqual(['CAR-T visit', 'iPSC visit', 'QC internship']);
    expect(screen.getByText('iPSC visit moved to choice 2.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move CAR-T visit down' }));
    expect(order()).toEqual(['iPSC visit', 'CAR-T visit', 'QC internship']);
  });

  it('cannot move the first choice up or the last one down', () => {
    render(<Harness />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move CAR-T visit up' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move iPSC visit down' }).disabled).toBe(true);
  });

  it('gives every drag handle a name', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Drag QC internship to another rank' })).toBeTruthy();
  });
});
