import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  ForbiddenError,
  isPlatformAdmin,
  Member,
  MemberRole,
  MemberService,
  NotFoundError,
  Organization,
  OrganizationKind,
  OrganizationService,
  Program,
  ProgramService,
} from '@practicum/core';
import { CurrentActor, OrgKind, Public, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { GqlContext } from '../graphql/loaders';
import {
  AcceptInvitationInput,
  CreateProgramInput,
  InviteMemberInput,
  LoginInput,
  RegisterOrganizationInput,
  RegisterStudentInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UniversityArgs,
} from './dto/identity.inputs';
import { AuthPayload, HIDDEN_UNLESS_VERIFIED, MemberModel, OrganizationModel, ProgramModel } from './models/identity.models';
import { AuthService, PasswordResetService } from '@practicum/core';
import { LoginThrottle } from './login-throttle.service';
import { AppConfig } from '@practicum/config';
import { clearSessionCookie, setSessionCookie } from '../common/session-cookie';

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
  @Mutation(() => AuthPayload, { description: 'Registers a company or a university (unverified) with its first admin, signed in; rate limited per client address' })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.organizations.register(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rate limited per client address and per account and address; repeated failures slow the account down' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext) {
    return this.signedIn(ctx, await this.throttle.signIn(addressOf(ctx), input.email, () => this.auth.login(input.email, input.password)));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'A student joins a program of a verified university; rate limited per client address' })
  async registerStudent(@Args('input') input: RegisterStudentInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.members.registerStudent(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited member and signs in; rate limited per client address' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GqlContext) {
    await this.throttle.attempt(addressOf(ctx));
    return this.signedIn(ctx, await this.members.acceptInvitation(input.token, input.password));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a single-use link to reset the password, if an active account has this address. Always answers true (whether the account exists is not told); rate limited per client address and per email',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext) {
    await this.throttle.beforeResetRequest(addressOf(ctx), input.email);
    await this.resets.request(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of an emailed link (once, before it expires); every token issued before stops working. Refused: BAD_USER_INPUT on token',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GqlContext) {
    await this.throttle.beforeReset(addressOf(ctx));
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: "Signs the portal out: clears the session cookie (a program simply forgets its token)" })
  logout(@Context() ctx: GqlContext) {
    clearSessionCookie(ctx.res, this.secureCookies);
    return true;
  }

  @Query(() => MemberModel, { description: 'The signed-in member (the portal checks its session with it: UNAUTHENTICATED when expired or removed)' })
  me(@CurrentActor() actor: Actor) {
    return this.members.get(actor.id);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => MemberModel, { description: 'An organization admin invites a coordinator (or admin); the invitation goes by email' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput) {
    return this.members.invite(actor, input);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => MemberModel, { description: 'Removes a member of your organization; their tokens stop working' })
  removeMember(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.members.remove(actor, id);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly memberService: MemberService,
    private readonly programService: ProgramService,
  ) {}

  @Public()
  @Query(() => [OrganizationModel], { description: 'Verified organizations; the platform admin also sees unverified ones' })
  organizations(
    @CurrentActor() actor: Actor | null,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
    @Args('verified', { type: () => Boolean, nullable: true }) verified?: boolean,
  ) {
    return this.organizationService.list(actor, { kind, verified });
  }

  @Public()
  @Query(() => OrganizationModel)
  organization(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.organizationService.get(actor, id);
  }

  @Roles(MemberRole.PLATFORM_ADMIN)
  @Mutation(() => OrganizationModel, { description: 'Platform admin: marks an organization as verified' })
  verifyOrganization(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.organizationService.verify(actor, id);
  }

  @ResolveField(() => [ProgramModel])
  programs(@Parent() organization: Organization) {
    return organization.kind === OrganizationKind.UNIVERSITY ? this.programService.listOfUniversity(organization.id) : [];
  }

  @ResolveField(() => [MemberModel], { description: "Only the organization's own staff and the platform admin" })
  members(@CurrentActor() actor: Actor | null, @Parent() organization: Organization) {
    if (!actor) throw new ForbiddenError('Sign in as staff of this organization');
    if (!isPlatformAdmin(actor) && actor.organizationId !== organization.id) throw new ForbiddenError('Only staff of this organization can list its members');
    return this.memberService.listOfOrganization(actor, organization.id);
  }
}

@Resolver(() => MemberModel)
export class MemberResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  organization(@Parent() member: Member, @Context() ctx: GqlContext) {
    return member.organizationId ? ctx.loaders.organization.load(member.organizationId) : null;
  }

  @ResolveField(() => ProgramModel, { nullable: true })
  program(@Parent() member: Member, @Context() ctx: GqlContext) {
    return member.programId ? ctx.loaders.program.load(member.programId) : null;
  }
}

@Resolver(() => ProgramModel)
export class ProgramResolver {
  constructor(private readonly programService: ProgramService) {}

  @Public()
  @Query(() => [ProgramModel], { description: "A university's programs (students choose one when they register)" })
  programs(@CurrentActor() actor: Actor | null, @Args() { universityId }: UniversityArgs) {
    return this.programService.listVisible(actor, universityId);
  }

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => ProgramModel)
  createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput) {
    return this.programService.create(actor, input);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  university(@Parent() program: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(program.universityId);
  }
}
