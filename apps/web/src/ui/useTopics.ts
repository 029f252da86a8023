import { useMemo } from 'react';
import { useQuery } from 'urql';
import { TopicsDocument } from '../gql/graphql';

/** The controlled topic vocabulary: options for pickers (values are the keys the API takes) and a key's label. */
export function useTopics() {
  const [{ data }] = useQuery({ query: TopicsDocument, requestPolicy: 'cache-first' });
  return useMemo(() => {
    const topics = data?.topics ?? [];
    const labels = new Map(topics.map((t) => [t.key, t.label]));
    return {
      options: topics.map((t) => ({ value: t.key, label: t.label })),
      label: (key: string) => labels.get(key) ?? key,
    };
  }, [data]);
}
