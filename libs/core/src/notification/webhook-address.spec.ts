import { webhookAddressProblem } from './webhook-address';

const strict = { publicOnly: true, unresolved: 'refuse' } as const;

describe('webhookAddressProblem', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', 'loopback'],
    ['http://localhost/hook', 'loopback'],
    ['http://10.1.2.3/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://192.168.1.10/', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'linkLocal'],
    ['http://100.64.0.1/', 'carrierGradeNat'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::1]/', 'loopback'],
    ['http://[fd00::1]/', 'uniqueLocal'],
    ['http://[fe80::1]/', 'linkLocal'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://0x7f.1/', 'loopback'], // WHATWG URL turns this into 127.0.0.1
    ['http://2130706433/', 'loopback'],
    ['http://224.0.0.1/', 'multicast'],
  ])('refuses %s (%s)', async (url, range) => {
    expect(await webhookAddressProblem(url, strict)).toContain(`a ${range} address`);
  });

  it.each(['https://93.184.215.14/hook', 'http://[2606:4700::1111]/', 'https://8.8.8.8:8443/x'])(
    'accepts the public address %s',
    async (url) => {
      expect(await webhookAddressProblem(url, strict)).toBeNull();
    },
  );

  it('accepts anything when private networks are allowed', async () => {
    expect(await webhookAddressProblem('http://127.0.0.1/', { publicOnly: false, unresolved: 'refuse' })).toBeNull();
  });

  it('refuses an unresolvable host when sending, accepts it at registration', async () => {
    const url = 'https://no-such-host.invalid/hook';
    expect(await webhookAddressProblem(url, strict)).toBe('no-such-host.invalid does not resolve');
    expect(await webhookAddressProblem(url, { publicOnly: true, unresolved: 'accept' })).toBeNull();
  });
});
