import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SharedInListing } from '@practicum/core';
import { OfferSlotModel } from './offer.model';

@Resolver(() => OfferSlotModel)
export class OfferSlotResolver {
  @SharedInListing()
  @ResolveField(() => Int, { description: 'Onsite seats still free' })
  free(@Parent() slot: { capacity: number; taken: number }) {
    return slot.capacity - slot.taken;
  }
}
