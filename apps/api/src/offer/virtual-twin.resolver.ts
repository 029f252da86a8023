import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, isPlatformAdmin, Offer, SharedInListing, VirtualTwin } from '@practicum/core';
import { CurrentActor } from '../common/access.decorators';
import { GqlContext } from '../graphql/loaders';
import { VirtualTwinModel } from './offer.model';

/** The twin's join link: for the offer's company and the platform admin only. */
export function canSeeJoinUrl(actor: Actor, offer: Pick<Offer, 'companyId'> | null): boolean {
  return isPlatformAdmin(actor) || (!!offer && offer.companyId === actor.organizationId);
}

@Resolver(() => VirtualTwinModel)
export class VirtualTwinResolver {
  @SharedInListing()
  @ResolveField(() => String, {
    nullable: true,
    description: "Only for the offer's company; people placed virtually receive it in their notification",
  })
  async joinUrl(@Parent() twin: VirtualTwin, @CurrentActor() actor: Actor, @Context() ctx: GqlContext) {
    if (isPlatformAdmin(actor)) return twin.joinUrl;
    return canSeeJoinUrl(actor, await ctx.loaders.offer.load(twin.offerId)) ? twin.joinUrl : null;
  }
}
