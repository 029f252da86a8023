import { AppConfig } from '@practicum/config';
import { MemberRole, MemberStatus } from '../member/member.entity';
import { ActorCache, ActorRow, writesActor } from './actor-cache';

const row = (id: string): ActorRow => ({
  id,
  role: MemberRole.STUDENT,
  status: MemberStatus.ACTIVE,
  tokenVersion: 0,
  organizationId: null,
  programId: null,
  organizationKind: null,
  organizationVerified: null,
  programLevel: null,
});

const cacheOf = (entries = 10) => new ActorCache({ ACTOR_CACHE_ENTRIES: entries } as AppConfig);

describe('ActorCache', () => {
  it('serves and keeps nothing until the change feed listens', () => {
    const cache = cacheOf();
    cache.keep(row('a'), cache.generation);
    expect(cache.get('a')).toBeUndefined();
    cache.setLive(true);
    cache.keep(row('a'), cache.generation);
    expect(cache.get('a')).toEqual(row('a'));
    cache.setLive(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not keep a row read before a change was announced', () => {
    const cache = cacheOf();
    cache.setLive(true);
    const before = cache.generation;
    cache.invalidate();
    cache.keep(row('a'), before);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets every row on a change', () => {
    const cache = cacheOf();
    cache.setLive(true);
    cache.keep(row('a'), cache.generation);
    cache.keep(row('b'), cache.generation);
    cache.invalidate();
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([undefined, undefined, 0]);
  });

  it('holds at most ACTOR_CACHE_ENTRIES rows, and none when that is 0', () => {
    const small = cacheOf(2);
    small.setLive(true);
    for (const id of ['a', 'b', 'c']) small.keep(row(id), small.generation);
    expect(small.size).toBe(2);
    expect(small.get('a')).toBeUndefined();
    const off = cacheOf(0);
    off.setLive(true);
    off.keep(row('a'), off.generation);
    expect([off.enabled, off.get('a')]).toEqual([false, undefined]);
  });

  it('names the tables whose writes change who a token stands for', () => {
    expect(writesActor(['application', 'member'])).toBe(true);
    expect(writesActor(['program'])).toBe(true);
    expect(writesActor(['application', 'offer_slot'])).toBe(false);
  });
});
