import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  ForbiddenError,
  isPlatformAdmin,
  MemberRole,
  MemberService,
  Organization,
  OrganizationKind,
  OrganizationService,
  ProgramService,
} from '@practicum/core';
import { CurrentActor, Public, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { MemberModel } from '../member/member.model';
import { ProgramModel } from '../program/program.model';
import { OrganizationModel } from './organization.model';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly memberService: MemberService,
    private readonly programService: ProgramService,
  ) {}

  @Public()
  @Query(() => [OrganizationModel], {
    description: 'Verified organizations; the platform admin also sees unverified ones',
  })
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
    return organization.kind === OrganizationKind.UNIVERSITY
      ? this.programService.listOfUniversity(organization.id)
      : [];
  }

  @ResolveField(() => [MemberModel], { description: "Only the organization's own staff and the platform admin" })
  members(@CurrentActor() actor: Actor | null, @Parent() organization: Organization) {
    if (!actor) throw new ForbiddenError('Sign in as staff of this organization');
    if (!isPlatformAdmin(actor) && actor.organizationId !== organization.id)
      throw new ForbiddenError('Only staff of this organization can list its members');
    return this.memberService.listOfOrganization(actor, organization.id);
  }
}
