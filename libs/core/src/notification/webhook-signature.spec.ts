import { createHmac } from 'node:crypto';
import { newWebhookSecret, signWebhook, verifyWebhook, webhookHeaders, WebhookVerificationError } from './webhook-signature';

describe('webhook signatures (Standard Webhooks)', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ type: 'booking.confirmed', timestamp: '2026-01-01T00:00:00.000Z', data: { bookingId: 'b1' } });

  it('makes whsec_ secrets of 32 random bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs "${id}.${timestamp}.${body}" with HMAC-SHA256 of the decoded secret', () => {
    const expected = createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(`msg_1.1700000000.${body}`).digest('base64');
    expect(signWebhook(secret, 'msg_1', 1700000000, body)).toBe(`v1,${expected}`);
  });

  it('matches the example of the Standard Webhooks specification', () => {
    const specSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const specBody = '{"test": 2432232314}';
    expect(signWebhook(specSecret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, specBody)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('accepts a good delivery and returns the body', () => {
    const headers = webhookHeaders(secret, 'd-1', body);
    expect(verifyWebhook(secret, headers, body)).toEqual(JSON.parse(body));
  });

  it('accepts when one of several signatures matches (secret rotation)', () => {
    const headers = webhookHeaders(secret, 'd-1', body);
    headers['webhook-signature'] = `v1,AAAA ${headers['webhook-signature']}`;
    expect(() => verifyWebhook(secret, headers, body)).not.toThrow();
  });

  it('refuses a tampered body, a wrong secret, a stale timestamp and missing headers', () => {
    const headers = webhookHeaders(secret, 'd-1', body);
    expect(() => verifyWebhook(secret, headers, body.replace('b1', 'b2'))).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(newWebhookSecret(), headers, body)).toThrow(/No matching signature/);
    const stale = webhookHeaders(secret, 'd-1', body, Math.floor(Date.now() / 1000) - 600);
    expect(() => verifyWebhook(secret, stale, body)).toThrow(/Timestamp/);
    expect(() => verifyWebhook(secret, { ...headers, 'webhook-id': 'd-2' }, body)).toThrow(/No matching signature/);
    expect(() => verifyWebhook(secret, { 'webhook-id': 'd-1' }, body)).toThrow(/Missing/);
  });
});
