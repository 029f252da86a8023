import { describe, expect, it } from 'vitest';
import { changedRanks, moveItem } from './ranking';

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves an item up and down without changing the input', () => {
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
  it('clamps moves past either end and ignores a missing item', () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 9)).toEqual(list);
    expect(moveItem(list, 7, 0)).toEqual(list);
  });
});

describe('changedRanks', () => {
  it('gives the new rank of every item whose position changed', () => {
    expect(changedRanks(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([
      { id: 'c', rank: 1 },
      { id: 'a', rank: 2 },
      { id: 'b', rank: 3 },
    ]);
    expect(changedRanks(['a', 'b', 'c'], ['a', 'c', 'b'])).toEqual([
      { id: 'c', rank: 2 },
      { id: 'b', rank: 3 },
    ]);
  });
});
