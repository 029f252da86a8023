import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, MatchRound, MatchRoundService, MemberRole, OrganizationKind } from '@practicum/core';
import { CurrentActor, OrgKind, Roles, STAFF } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { CreateMatchRoundInput } from './dto/create-match-round.input';
import { RerunMatchRoundArgs } from './dto/rerun-match-round.args';
import { MatchResultLineModel, MatchRoundModel } from './match-round.model';

@Resolver(() => MatchRoundModel)
export class MatchRoundResolver {
  constructor(private readonly rounds: MatchRoundService) {}

  @OrgKind(OrganizationKind.COMPANY)
  @Roles(...STAFF)
  @Mutation(() => MatchRoundModel, {
    description: "Creates a DRAFT round over your company's match-round offers past their deadline; the worker runs it",
  })
  createMatchRound(@CurrentActor() actor: Actor, @Args('input') input: CreateMatchRoundInput) {
    return this.rounds.create(actor, input);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => MatchRoundModel, { description: 'Runs a draft round again (same seed unless a new one is given)' })
  rerunMatchRound(@CurrentActor() actor: Actor, @Args() { id, seed }: RerunMatchRoundArgs) {
    return this.rounds.rerun(actor, id, seed);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => MatchRoundModel, {
    description: 'Applies the draft: matched applications become OFFERED, the others WAITLISTED or VIRTUAL',
  })
  publishMatchRound(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.rounds.publish(actor, id);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => MatchRoundModel, {
    description:
      "The whole round for its company's staff; for university staff, a published round reduced to their own students' lines, without the company's ranks",
  })
  matchRound(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.rounds.get(actor, id);
  }

  @Roles(...STAFF)
  @Query(() => [MatchRoundModel], {
    description:
      "Your company's rounds; for university staff, the published rounds that placed their students (their lines only); newest first",
  })
  matchRounds(@CurrentActor() actor: Actor) {
    return this.rounds.list(actor);
  }

  @ResolveField(() => [MatchResultLineModel], {
    description: 'The draft (or published) result, by offer and company rank',
  })
  results(@Parent() round: MatchRound) {
    const lines = round.result?.lines ?? [];
    return [...lines].sort(
      (a, b) =>
        a.offerId.localeCompare(b.offerId) ||
        (a.companyRank ?? Infinity) - (b.companyRank ?? Infinity) ||
        a.studentId.localeCompare(b.studentId),
    );
  }
}
