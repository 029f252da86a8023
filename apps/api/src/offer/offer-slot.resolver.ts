import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OfferSlotModel } from './offer.model';

@Resolver(() => OfferSlotModel)
export class OfferSlotResolver {
  @ResolveField(() => Int, { description: 'Onsite seats still free' })
  free(@Parent() slot: { capacity: number; taken: number }) {
    return slot.capacity - slot.taken;
  }
}
