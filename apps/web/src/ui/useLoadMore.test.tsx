import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoadMore } from './useLoadMore';

type Item = { id: string };
const page = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

describe('useLoadMore', () => {
  it('keeps earlier pages above the page just fetched, once each, and starts again for a new key', () => {
    const { result, rerender } = renderHook(({ key }) => useLoadMore<Item>(key, (i) => i.id), {
      initialProps: { key: 'all' },
    });
    expect(result.current.after).toBeNull();
    expect(result.current.all(page('a', 'b'))).toEqual(page('a', 'b'));

    act(() => result.current.more(page('a', 'b'), 'cursor-b'));
    expect(result.current.after).toBe('cursor-b');
    expect(result.current.hasEarlier).toBe(true);
    // While the next page loads, the earlier items stay; an item that moved onto it is not shown twice.
    expect(result.current.all(undefined)).toEqual(page('a', 'b'));
    expect(result.current.all(page('b', 'c'))).toEqual(page('a', 'b', 'c'));

    rerender({ key: 'unread' });
    expect(result.current.after).toBeNull();
    expect(result.current.hasEarlier).toBe(false);
    expect(result.current.all(page('x'))).toEqual(page('x'));
  });
});
