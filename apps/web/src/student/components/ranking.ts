/** The list with the item at `from` moved to `to` (both clamped to the list); the input is not changed. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length) return next;
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved);
  return next;
}

/** Ranks (1 = first choice) of ids in list order, for the ones whose position changed against `before`. */
export function changedRanks(before: readonly string[], after: readonly string[]): { id: string; rank: number }[] {
  return after.flatMap((id, index) => (before[index] === id ? [] : [{ id, rank: index + 1 }]));
}
