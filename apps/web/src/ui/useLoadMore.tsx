import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * "Load more" over a cursor connection: the query asks for the page after `after`, and the items of
 * the pages already shown stay above it. A new `resetKey` (other filters) starts again at the top.
 */
export function useLoadMore<E>(resetKey: string, idOf: (item: E) => string) {
  const [state, setState] = useState<{ key: string; after: string | null; earlier: E[] }>({
    key: resetKey,
    after: null,
    earlier: [],
  });
  const current = state.key === resetKey ? state : { key: resetKey, after: null, earlier: [] as E[] };
  if (state !== current) setState(current);
  return {
    /** The cursor the query starts after. */
    after: current.after,
    /** Everything shown so far: earlier pages, then the page just fetched. */
    all: (page: readonly E[] | undefined): E[] => {
      // An item seen on an earlier page (the list changed meanwhile) is shown once, where it first was.
      const seen = new Set(current.earlier.map(idOf));
      return [...current.earlier, ...(page ?? []).filter((item) => !seen.has(idOf(item)))];
    },
    /** Whether earlier pages are on screen (the list is not empty while the next page loads). */
    hasEarlier: current.earlier.length > 0,
    more: (page: readonly E[], endCursor: string | null | undefined) =>
      setState({ key: resetKey, after: endCursor ?? null, earlier: [...current.earlier, ...page] }),
  };
}

/** The button under a list that fetches its next page, with the count shown announced politely. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  noun,
  onMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  noun: string;
  onMore: () => void;
}) {
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="xs">
      <Text size="sm" role="status" aria-live="polite">
        {shown} {noun} shown{hasMore ? '' : ': that is all'}
      </Text>
      {hasMore && (
        <Button variant="default" loading={loading} onClick={onMore}>
          Load more {noun}
        </Button>
      )}
    </Group>
  );
}
