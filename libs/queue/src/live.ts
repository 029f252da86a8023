/** The Redis pub/sub channel of live changes (`notification:<memberId>`, `offer:<offerId>`), relayed from PostgreSQL by the worker. */
export const liveChannel = (redisPrefix: string) => `${redisPrefix}:live`;

/** The PostgreSQL NOTIFY channel the database triggers announce live changes on. */
export const LIVE_PG_CHANNEL = 'live_changed';
