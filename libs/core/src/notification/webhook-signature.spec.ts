import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { newWebhookSecret, signWebhook, webhookHeaders } from './webhook-signature';

/** Our signing, checked by an implementation we did not write: the `standardwebhooks` package. */
describe('webhook signatures (Standard Webhooks)', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({
    type: 'booking.confirmed',
    timestamp: '2026-01-01T00:00:00.000Z',
    data: { bookingId: 'b1' },
  });

  it('makes whsec_ secrets of 32 random bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs exactly as the standardwebhooks package does', () => {
    const at = new Date(1_700_000_000_000);
    expect(signWebhook(secret, 'msg_1', 1_700_000_000, body)).toBe(new Webhook(secret).sign('msg_1', at, body));
  });

  it('matches the example of the Standard Webhooks specification', () => {
    const specSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const specBody = '{"test": 2432232314}';
    expect(signWebhook(specSecret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, specBody)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('produces headers a Standard Webhooks receiver accepts', () => {
    expect(new Webhook(secret).verify(body, webhookHeaders(secret, 'd-1', body))).toEqual(JSON.parse(body));
  });

  it('is refused for a tampered body, a wrong secret, another id or a stale timestamp', () => {
    const headers = webhookHeaders(secret, 'd-1', body);
    const receiver = new Webhook(secret);
    expect(() => receiver.verify(body.replace('b1', 'b2'), headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(WebhookVerificationError);
    expect(() => receiver.verify(body, { ...headers, 'webhook-id': 'd-2' })).toThrow(WebhookVerificationError);
    const stale = webhookHeaders(secret, 'd-1', body, Math.floor(Date.now() / 1000) - 600);
    expect(() => receiver.verify(body, stale)).toThrow(WebhookVerificationError);
  });
});
