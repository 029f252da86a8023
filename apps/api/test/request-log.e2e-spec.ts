import { eventually, loginPlatformAdmin, spawnApiProcess } from '@practicum/testing';

interface RequestLine {
  msg?: string;
  memberId?: string;
  req?: { id?: string; url?: string; method?: string; headers?: unknown };
  res?: { statusCode?: number };
}

const lines = (output: string): RequestLine[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RequestLine);

/** The request log of a real API process, read from its standard output. */
describe('request log (e2e)', () => {
  it('at LOG_LEVEL=info logs each finished request with its id, status and member, never its token', async () => {
    const api = await spawnApiProcess({ LOG_LEVEL: 'info' });
    try {
      const token = await loginPlatformAdmin(api);
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const { data } = (await res.json()) as { data: { me: { id: string } } };
      const id = res.headers.get('x-request-id');
      const line = await eventually(() => lines(api.output()).find((l) => l.req?.id === id), 5000, 'the log line');
      expect(line).toMatchObject({
        msg: 'request completed',
        memberId: data.me.id,
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
      });
      expect(api.output()).not.toContain(token);
      // The sign-in itself had no member yet: its line carries none.
      const signIn = lines(api.output()).filter((l) => l.req?.url === '/graphql' && l.msg === 'request completed');
      expect(signIn[0]).not.toHaveProperty('memberId');
    } finally {
      await api.stop();
    }
  });

  it('at LOG_LEVEL=warn logs no request', async () => {
    const api = await spawnApiProcess({ LOG_LEVEL: 'warn' });
    try {
      await loginPlatformAdmin(api);
      await new Promise((r) => setTimeout(r, 200));
      expect(lines(api.output()).filter((l) => l.req)).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
