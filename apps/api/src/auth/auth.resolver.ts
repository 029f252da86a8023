import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AppConfig } from '@practicum/config';
import { AuthService, Member, MemberService, OrganizationService, PasswordResetService } from '@practicum/core';
import { Public } from '../common/access.decorators';
import { clearSessionCookie, setSessionCookie } from '../common/session-cookie';
import { GqlContext } from '../graphql/loaders';
import { AuthPayload } from './auth.model';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { LoginInput } from './dto/login.input';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.input';
import { RegisterOrganizationInput } from './dto/register-organization.input';
import { RegisterStudentInput } from './dto/register-student.input';
import { LoginThrottle } from './login-throttle.service';

const addressOf = (ctx: GqlContext) => ctx.req.ip ?? ctx.req.socket?.remoteAddress ?? 'unknown';

type SignedIn = { member: Member; token: { accessToken: string; expiresAt: Date } };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly organizations: OrganizationService,
    private readonly members: MemberService,
    private readonly throttle: LoginThrottle,
    private readonly config: AppConfig,
    private readonly resets: PasswordResetService,
  ) {}

  /** The answer of every sign-in: the token for programs, and the same token as the portal's session cookie. */
  private signedIn(ctx: GqlContext, { member, token }: SignedIn) {
    setSessionCookie(ctx.res, token, this.secureCookies);
    return { member, ...token };
  }

  private get secureCookies(): boolean {
    return this.config.isProduction || this.config.publicUrl.startsWith('https:');
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Registers a company or a university (unverified) with its first admin, signed in; rate limited per client address',
  })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.organizations.register(input));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Rate limited per client address and per account and address; repeated failures slow the account down',
  })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext) {
    return this.signedIn(
      ctx,
      await this.throttle.signIn(addressOf(ctx), input.email, () => this.auth.login(input.email, input.password)),
    );
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'A student joins a program of a verified university; rate limited per client address',
  })
  async registerStudent(@Args('input') input: RegisterStudentInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.members.registerStudent(input));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sets the password of an invited member and signs in; rate limited per client address',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.members.acceptInvitation(input.token, input.password));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a single-use link to reset the password, if an active account has this address. Always answers true (whether the account exists is not told); rate limited per client address and per email',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext) {
    await this.throttle.beforeResetRequest(addressOf(ctx), input.email);
    await this.resets.request(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of an emailed link (once, before it expires); every token issued before stops working. Refused: BAD_USER_INPUT on token',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GqlContext) {
    await this.throttle.beforeReset(addressOf(ctx));
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Signs the portal out: clears the session cookie (a program simply forgets its token)',
  })
  logout(@Context() ctx: GqlContext) {
    clearSessionCookie(ctx.res, this.secureCookies);
    return true;
  }
}
