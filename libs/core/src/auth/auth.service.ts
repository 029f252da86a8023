import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import * as argon2 from 'argon2';
import { DataSource, Repository } from 'typeorm';
import { preparedRead } from '../read-model/prepared';
import { Actor } from '../common/policy';
import { UnauthenticatedError } from '../common/domain-error';
import { Member, MemberStatus, membersByEmail } from '../member/member.entity';
import { ActorCache, ActorRow } from './actor-cache';

export interface AccessToken {
  accessToken: string;
  expiresAt: Date;
}

interface TokenClaims {
  sub: string;
  ver: number;
  exp?: number;
  nbf?: number;
}

/** Signed tokens this process has verified, kept at most (then forgotten all at once). */
const MAX_VERIFIED_TOKENS = 5000;

/** Password hashing (argon2id), sign-in and access tokens (signed JWT with expiry). */
@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;
  /** Password hashes and checks done by this process: the expensive work the rate limits bound. */
  readonly passwordWork = { hashes: 0, verifications: 0 };
  /**
   * Tokens whose signature this process has checked, with their claims: the same text always has
   * the same signature, so checking it again on every request (HMAC, base64 and JSON, about 2 %
   * of an uncached search's CPU) proves nothing new. Expiry is still checked on every use, and the
   * member's row is checked on every request (from the ActorCache while that hears every change).
   */
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();

  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly actors: ActorCache,
  ) {}

  hashPassword(password: string): Promise<string> {
    this.passwordWork.hashes += 1;
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async issueToken(member: Pick<Member, 'id' | 'tokenVersion'>): Promise<AccessToken> {
    const claims: TokenClaims = { sub: member.id, ver: member.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.JWT_TTL_SECONDS });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000) };
  }

  async login(email: string, password: string): Promise<{ member: Member; token: AccessToken }> {
    const member = await membersByEmail(this.members, email).addSelect('m.passwordHash').getOne();
    // Verify against a throwaway hash when the account is unknown, so timing does not reveal it.
    this.dummyHash ??= this.hashPassword('no-such-account-0');
    const hash = member?.passwordHash ?? (await this.dummyHash);
    this.passwordWork.verifications += 1;
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!member || !member.passwordHash || !ok || member.status !== MemberStatus.ACTIVE) {
      throw new UnauthenticatedError('Email or password is wrong');
    }
    return { member, token: await this.issueToken(member) };
  }

  /** Resolves a bearer token to the active member it was issued to, or throws UNAUTHENTICATED. */
  async authenticate(token: string): Promise<Actor> {
    const claims = await this.verify(token);
    const member =
      typeof claims.sub === 'string' && UUID.test(claims.sub) ? await this.actorRow(claims.sub) : undefined;
    if (!member || member.status !== MemberStatus.ACTIVE || member.tokenVersion !== claims.ver) {
      throw new UnauthenticatedError('The access token is no longer valid');
    }
    return {
      id: member.id,
      role: member.role,
      organizationId: member.organizationId,
      programId: member.programId,
      organizationKind: member.organizationKind,
      programLevel: member.programLevel,
      organizationVerified: member.organizationVerified,
    };
  }

  /**
   * The member, its organization's kind and its program's level: from the ActorCache, or one
   * prepared statement (kept unless a change to those tables was announced meanwhile).
   */
  private async actorRow(memberId: string): Promise<ActorRow | undefined> {
    const cached = this.actors.get(memberId);
    if (cached) return cached;
    const generation = this.actors.generation;
    const [row] = await preparedRead<ActorRow>(this.dataSource, AUTH_SQL, [memberId]);
    if (row) this.actors.keep(row, generation);
    return row;
  }

  /** The token's claims if its signature is ours and it has not expired (jsonwebtoken's rules), or UNAUTHENTICATED. */
  private async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    // jsonwebtoken refuses a token once the current second reaches `exp`.
    if (known && Math.floor(Date.now() / 1000) < known.exp) return known;
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch (e) {
      if (known) this.verified.delete(token);
      const expired = (e as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? 'Your session has expired: sign in again' : 'The access token is not valid',
      );
    }
    // Only tokens that expire and are valid from the start are kept (ours always are).
    if (typeof claims.exp === 'number' && claims.nbf === undefined) {
      if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.clear();
      this.verified.set(token, claims as TokenClaims & { exp: number });
    }
    return claims;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads ACTOR_TABLES only (actor-cache.ts): a change elsewhere cannot leave a cached row stale. */
const AUTH_SQL = `SELECT m.id, m.role, m.status, m."tokenVersion", m."organizationId", m."programId", o.kind AS "organizationKind", o.verified AS "organizationVerified", p.level AS "programLevel"
  FROM member m LEFT JOIN organization o ON o.id = m."organizationId" LEFT JOIN program p ON p.id = m."programId"
  WHERE m.id = $1`;
