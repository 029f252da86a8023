import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Booking, BookingService, MemberRole, OrganizationKind } from '@practicum/core';
import { CurrentActor, OrgKind, Roles, STAFF } from '../common/access.decorators';
import { IdArgs, IdNoteArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { StatusChangeModel } from '../common/status-change.model';
import { GqlContext } from '../graphql/loaders';
import { OfferModel, OfferSlotModel } from '../offer/offer.model';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { ProgramModel } from '../program/program.model';
import { BookingConnection, BookingModel } from './booking.model';
import { BookingsArgs } from './dto/bookings.args';
import { RequestBookingInput } from './dto/request-booking.input';

@Resolver(() => BookingModel)
export class BookingResolver {
  constructor(private readonly service: BookingService) {}

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(...STAFF)
  @Mutation(() => BookingModel, {
    description: 'Book a site-visit session or internship positions for a cohort (PROPOSED until the company answers)',
  })
  requestBooking(@CurrentActor() actor: Actor, @Args('input') input: RequestBookingInput) {
    return this.service.request(actor, input);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(...STAFF)
  @Mutation(() => BookingModel, {
    description: 'Confirms with the free onsite seats; the rest goes to the virtual twin, then the waitlist',
  })
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
  @Query(() => BookingConnection, {
    complexity: pageComplexity,
    description: 'Universities: their bookings. Companies: bookings on their offers. Newest first.',
  })
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
