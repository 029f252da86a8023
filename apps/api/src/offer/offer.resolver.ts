import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import {
  Actor,
  canSeeOrganization,
  MemberRole,
  NotFoundError,
  Offer,
  OfferHit,
  OfferSearch,
  OfferService,
  OrganizationKind,
  SharedInListing,
} from '@practicum/core';
import { CurrentActor, OrgKind, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { FacilityModel } from '../facility/facility.model';
import { GqlContext } from '../graphql/loaders';
import { connectionNodes, offerPageFields } from '../graphql/page-fields';
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
  // Objects that hold only the page's columns must not stand in for whole entities elsewhere.
  const whole = related.whole;
  if (whole) ctx.loaders.offer.prime(offer.id, offer);
  const values: Record<string, unknown> = {};
  if (related.company) {
    const company = canSeeOrganization(actor, related.company) ? related.company : null;
    if (whole) ctx.loaders.organization.prime(related.company.id, company);
    values.company = company;
  }
  if (related.facility) {
    if (whole) ctx.loaders.facility.prime(related.facility.id, related.facility);
    values.facility = related.facility;
  }
  if (related.slots) {
    if (whole) ctx.loaders.slotsOfOffer.prime(offer.id, related.slots);
    for (const slot of related.slots) preload(slot, { free: slot.capacity - slot.taken });
    values.slots = related.slots;
  }
  if (related.virtualTwin !== undefined) {
    if (whole) ctx.loaders.twinOfOffer.prime(offer.id, related.virtualTwin);
    if (related.virtualTwin)
      preload(related.virtualTwin, { joinUrl: canSeeJoinUrl(actor, offer) ? related.virtualTwin.joinUrl : null });
    values.virtualTwin = related.virtualTwin;
  }
  return preload(offer, values);
}

@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(
    private readonly offerService: OfferService,
    private readonly offerSearch: OfferSearch,
  ) {}

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => OfferModel, {
    description: 'Creates a DRAFT offer with its slots, optional virtual twin and priority group',
  })
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
    description:
      'Students: published offers of verified companies their level can take. Companies: their own offers. Universities: all published offers.',
  })
  async offers(
    @CurrentActor() actor: Actor,
    @Args() args: OffersArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { ...args.filter, sort: args.sort, first: args.first, after: args.after };
    const page = await this.offerSearch.search(actor, filter, offerPageFields(info, connectionNodes(info)));
    for (const { node } of page.items) serveRelations(ctx, actor, node);
    const connection = toConnection(page);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, distanceKm: edge.node.distanceKm ?? null })),
    };
  }

  @Query(() => OfferModel)
  async offer(
    @CurrentActor() actor: Actor,
    @Args() { id }: IdArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return serveRelations(ctx, actor, await this.offerSearch.get(actor, id, offerPageFields(info, info.fieldNodes)));
  }

  @SharedInListing()
  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  company(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(offer.companyId);
  }

  @SharedInListing()
  @ResolveField(() => FacilityModel)
  async facility(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    const facility = await ctx.loaders.facility.load(offer.facilityId);
    if (!facility) throw new NotFoundError('Facility', offer.facilityId);
    return facility;
  }

  @SharedInListing()
  @ResolveField(() => [OfferSlotModel], {
    description: 'Sessions (site visits) or periods of positions (internships), in date order',
  })
  slots(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    return ctx.loaders.slotsOfOffer.load(offer.id);
  }

  @SharedInListing()
  @ResolveField(() => VirtualTwinModel, { nullable: true })
  virtualTwin(@Parent() offer: Offer, @Context() ctx: GqlContext) {
    // The twin's joinUrl field checks the offer's company: give it the offer we already have.
    ctx.loaders.offer.prime(offer.id, offer);
    return ctx.loaders.twinOfOffer.load(offer.id);
  }

  @SharedInListing()
  @ResolveField(() => PriorityGroupModel, { nullable: true })
  priorityGroup(@Parent() offer: Offer) {
    if (!offer.reservedSeats) return null;
    return {
      name: offer.priorityGroupName,
      programIds: offer.priorityProgramIds,
      universityIds: offer.priorityUniversityIds,
      reservedSeats: offer.reservedSeats,
    };
  }
}
