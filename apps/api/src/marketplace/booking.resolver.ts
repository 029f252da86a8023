import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Booking, BookingService, MemberRole, OrganizationKind, PartnerRequest, PartnerRequestService } from '@practicum/core';
import { CurrentActor, OrgKind, Roles } from '../common/access.decorators';
import { pageComplexity, toConnection } from '../common/pagination';
import { GqlContext } from '../graphql/loaders';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel, ProgramModel } from '../identity/models/identity.models';
import { BookingsArgs, CreatePartnerRequestInput, IdArgs, IdNoteArgs, PartnerRequestsArgs, RequestBookingInput } from './dto/marketplace.inputs';
import { BookingConnection, BookingModel, OfferModel, OfferSlotModel, PartnerRequestConnection, PartnerRequestModel, StatusChangeModel } from './models';

const STAFF = [MemberRole.ADMIN, MemberRole.COORDINATOR] as const;

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
  @Query(() => PartnerRequestConnection, { complexity: pageComplexity, description: "Universities: their own. Companies: open requests of verified universities." })
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

@Resolver(() => BookingModel)
export class BookingResolver {
  constructor(private readonly service: BookingService) {}

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(...STAFF)
  @Mutation(() => BookingModel, { description: 'Book a site-visit session or internship positions for a cohort (PROPOSED until the company answers)' })
  requestBooking(@CurrentActor() actor: Actor, @Args('input') input: RequestBookingInput) {
    return this.service.request(actor, input);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(...STAFF)
  @Mutation(() => BookingModel, { description: 'Confirms with the free onsite seats; the rest goes to the virtual twin, then the waitlist' })
  confirmBooking(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.confirm(actor, id);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(...STAFF)
  @Mutation(() => BookingModel)
  declineBooking(@CurrentActor() actor: Actor, @Args() { id, note }: IdNoteArgs) {
    return this.service.decline(actor, id, note);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => BookingModel, { description: 'Either side cancels; the seats are freed' })
  cancelBooking(@CurrentActor() actor: Actor, @Args() { id, note }: IdNoteArgs) {
    return this.service.cancel(actor, id, note);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => BookingConnection, { complexity: pageComplexity, description: "Universities: their bookings. Companies: bookings on their offers. Newest first." })
  async bookings(@CurrentActor() actor: Actor, @Args() args: BookingsArgs) {
    return toConnection(await this.service.list(actor, args));
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => BookingModel)
  booking(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.get(actor, id);
  }

  @ResolveField(() => OfferModel)
  offer(@Parent() booking: Booking, @Context() ctx: GqlContext) {
    return ctx.loaders.offer.load(booking.offerId);
  }

  @ResolveField(() => OfferSlotModel)
  slot(@Parent() booking: Booking, @Context() ctx: GqlContext) {
    return ctx.loaders.slot.load(booking.slotId);
  }

  @ResolveField(() => ProgramModel)
  program(@Parent() booking: Booking, @Context() ctx: GqlContext) {
    return ctx.loaders.program.load(booking.programId);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  university(@Parent() booking: Booking, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(booking.universityId);
  }

  @ResolveField(() => [StatusChangeModel])
  history(@Parent() booking: Booking, @Context() ctx: GqlContext) {
    return ctx.loaders.history.load(booking.id);
  }
}
