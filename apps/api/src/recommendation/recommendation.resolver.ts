import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, OrganizationKind, RecommendationService } from '@practicum/core';
import { CurrentActor, OrgKind, Roles, STAFF } from '../common/access.decorators';
import { GqlContext } from '../graphql/loaders';
import { OfferModel } from '../offer/offer.model';
import { PartnerRequestModel } from '../partner-request/partner-request.model';
import { RecommendedOffersArgs, RecommendedRequestsArgs } from './dto/recommended.args';
import { RecommendationModel } from './recommendation.model';

@Resolver(() => RecommendationModel)
export class RecommendationResolver {
  constructor(private readonly recommendations: RecommendationService) {}

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(...STAFF)
  @Query(() => [RecommendationModel], {
    description: 'Offers that fit a partner request, best first, each score explained',
    complexity: 50,
  })
  recommendedOffers(@CurrentActor() actor: Actor, @Args() { requestId, first }: RecommendedOffersArgs) {
    return this.recommendations.offersFor(actor, requestId, first);
  }

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(...STAFF)
  @Query(() => [RecommendationModel], {
    description: 'Open partner requests that fit an offer, best first',
    complexity: 50,
  })
  recommendedRequests(@CurrentActor() actor: Actor, @Args() { offerId, first }: RecommendedRequestsArgs) {
    return this.recommendations.requestsFor(actor, offerId, first);
  }

  @ResolveField(() => OfferModel)
  offer(@Parent() r: { offerId: string }, @Context() ctx: GqlContext) {
    return ctx.loaders.offer.load(r.offerId);
  }

  @ResolveField(() => PartnerRequestModel)
  request(@Parent() r: { requestId: string }, @Context() ctx: GqlContext) {
    return ctx.loaders.partnerRequest.load(r.requestId);
  }
}
