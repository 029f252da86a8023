import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, canSeeOrganization, MemberRole, NotFoundError, Offer, OfferHit, OfferService, OrganizationKind } from '@practicum/core';
import { CurrentActor, OrgKind, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { FacilityModel } from '../facility/facility.model';
import { GqlContext } from '../graphql/loaders';
import { preload } from '../graphql/preloaded';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { CreateOfferInput } from './dto/create-offer.input';
import { OffersArgs } from './dto/offers.args';
import { UpdateOfferInput } from './dto/update-offer.input';
import { OfferConnection, OfferModel, OfferSlotModel, PriorityGroupModel, VirtualTwinModel } from './offer.model';
import { canSeeJoinUrl } from './virtual-twin.resolver';

/**
 * A search loads each offer's relations with it: they are primed in the loaders (for any other
 * path to them) and preloaded on the objects, so the field resolvers below are not called per row.
 */
function serveRelations(ctx: GqlContext, actor: Actor, offer: OfferHit): OfferHit {
  const related = offer.related;
  if (!related) return offer;
  ctx.loaders.offer.prime(offer.id, offer);
  const company = canSeeOrganization(actor, related.company) ? related.company : null;
  ctx.loaders.organization.prime(related.company.id, company);
  ctx.loaders.facility.prime(related.facility.id, related.facility);
  ctx.loaders.slotsOfOffer.prime(offer.id, related.slots);
  ctx.loaders.twinOfOffer.prime(offer.id, related.virtualTwin);
  for (const slot of related.slots) preload(slot, { free: slot.capacity - slot.taken });
  if (related.virtualTwin) preload(related.virtualTwin, { joinUrl: canSeeJoinUrl(actor, offer) ? related.virtualTwin.joinUrl : null });
  return preload(offer, { company, facility: related.facility, slots: related.slots, virtualTwin: related.virtualTwin });
}

@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(private readonly offerService: OfferService) {}

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => OfferModel, { description: 'Creates a DRAFT offer with its slots, optional virtual twin and priority group' })
  createOffer(@CurrentActor() actor: Actor, @Args('input') input: CreateOfferInput) {
    return this.offerService.create(actor, input);
  }

  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => OfferModel)
  updateOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs, @Args('input') input: UpdateOfferInput) {
    return this.offerService.update(actor, id, input);
  }

  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => OfferModel)
  publishOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.offerService.publish(actor, id);
  }

  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => OfferModel)
  closeOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.offerService.close(actor, id);
  }

  @Query(() => OfferConnection, {
    complexity: pageComplexity,
    description: 'Students: published offers of verified companies their level can take. Companies: their own offers. Universities: all published offers.',
  })
  async offers(@CurrentActor() actor: Actor, @Args() args: OffersArgs, @Context() ctx: GqlContext) {
    const page = await this.offerService.search(actor, { ...args.filter, sort: args.sort, first: args.first, after: args.after });
    for (const { node } of page.items) serveRelations(ctx, actor, node);
    const connection = toConnection(page);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, distanceKm: edge.node.distanceKm ?? null })) };
  }

  @Query(() => OfferModel)
  async offer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs, @Context() ctx: GqlContext) {
    return serveRelations(ctx, actor, await this.offerService.get(actor, id));
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  company(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(offer.companyId);
  }

  @ResolveField(() => FacilityModel)
  async facility(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    const facility = await ctx.loaders.facility.load(offer.facilityId);
    if (!facility) throw new NotFoundError('Facility', offer.facilityId);
    return facility;
  }

  @ResolveField(() => [OfferSlotModel], { description: 'Sessions (site visits) or periods of positions (internships), in date order' })
  slots(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    return ctx.loaders.slotsOfOffer.load(offer.id);
  }

  @ResolveField(() => VirtualTwinModel, { nullable: true })
  virtualTwin(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    // The twin's joinUrl field checks the offer's company: give it the offer we already have.
    ctx.loaders.offer.prime(offer.id, offer);
    return ctx.loaders.twinOfOffer.load(offer.id);
  }

  @ResolveField(() => PriorityGroupModel, { nullable: true })
  priorityGroup(@Parent() offer: Offer) {
    if (!offer.reservedSeats) return null;
    return { name: offer.priorityGroupName, programIds: offer.priorityProgramIds, universityIds: offer.priorityUniversityIds, reservedSeats: offer.reservedSeats };
  }
}
