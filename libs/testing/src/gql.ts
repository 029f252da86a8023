export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
  status: number;
}

/** What the test factories need of an API: an in-process one (`startApi` beside the e2e specs) or a process (`spawnApiProcess`). */
export interface GqlClient {
  url: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
}

/** The first error code of a GraphQL answer. */
export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
