import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, MemberRole, OrganizationKind, PartnerRequest, PartnerRequestService } from '@practicum/core';
import { CurrentActor, OrgKind, Roles, STAFF } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { GqlContext } from '../graphql/loaders';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { ProgramModel } from '../program/program.model';
import { CreatePartnerRequestInput } from './dto/create-partner-request.input';
import { PartnerRequestsArgs } from './dto/partner-requests.args';
import { PartnerRequestConnection, PartnerRequestModel } from './partner-request.model';

@Resolver(() => PartnerRequestModel)
export class PartnerRequestResolver {
  constructor(private readonly requests: PartnerRequestService) {}

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(...STAFF)
  @Mutation(() => PartnerRequestModel, { description: 'A university asks for industry partners for a program' })
  createPartnerRequest(@CurrentActor() actor: Actor, @Args('input') input: CreatePartnerRequestInput) {
    return this.requests.create(actor, input);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => PartnerRequestConnection, {
    complexity: pageComplexity,
    description: 'Universities: their own. Companies: open requests of verified universities.',
  })
  async partnerRequests(@CurrentActor() actor: Actor, @Args() args: PartnerRequestsArgs) {
    return toConnection(await this.requests.list(actor, args));
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => PartnerRequestModel)
  partnerRequest(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.requests.get(actor, id);
  }

  @ResolveField(() => ProgramModel)
  program(@Parent() request: PartnerRequest, @Context() ctx: GqlContext) {
    return ctx.loaders.program.load(request.programId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  university(@Parent() request: PartnerRequest, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(request.universityId);
  }
}
