import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Facility, FacilityService, MemberRole, OrganizationKind, SharedInListing } from '@practicum/core';
import { CurrentActor, OrgKind, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { GqlContext } from '../graphql/loaders';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { FacilityInput } from './dto/facility.input';
import { UpdateFacilityInput } from './dto/update-facility.input';
import { FacilityModel } from './facility.model';

@Resolver(() => FacilityModel)
export class FacilityResolver {
  constructor(private readonly facilityService: FacilityService) {}

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => FacilityModel)
  createFacility(@CurrentActor() actor: Actor, @Args('input') input: FacilityInput) {
    return this.facilityService.create(actor, input);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => FacilityModel)
  updateFacility(@CurrentActor() actor: Actor, @Args() { id }: IdArgs, @Args('input') input: UpdateFacilityInput) {
    return this.facilityService.update(actor, id, input);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Query(() => [FacilityModel], { description: "Your company's facilities" })
  facilities(@CurrentActor() actor: Actor) {
    return this.facilityService.listOfCompany(actor.organizationId!);
  }

  @SharedInListing()
  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  company(@Parent() facility: Facility, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(facility.companyId);
  }
}
