import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Application,
  ApplicationHit,
  ApplicationService,
  ApplicationStatus,
  isPlatformAdmin,
  MemberRole,
  OrganizationKind,
  Page,
} from '@practicum/core';
import { CurrentActor, Roles, STAFF } from '../common/access.decorators';
import { IdArgs, IdNoteArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { StatusChangeModel } from '../common/status-change.model';
import { GqlContext } from '../graphql/loaders';
import { preload } from '../graphql/preloaded';
import { MemberModel } from '../member/member.model';
import { OfferModel, OfferSlotModel } from '../offer/offer.model';
import { ApplicationModel, ApplicationConnection } from './application.model';
import {
  ApplicationsArgs,
  MyApplicationsArgs,
  RankApplicantArgs,
  RankMyApplicationsArgs,
} from './dto/applications.args';
import { ApplyToOfferInput } from './dto/apply-to-offer.input';

/**
 * A list of applications loads each one's student, the student's program and the history with
 * it: primed in the loaders and preloaded on the objects, so no field resolver runs per row.
 */
function serveRelations(ctx: GqlContext, page: Page<ApplicationHit>): Page<ApplicationHit> {
  for (const { node } of page.items) {
    const related = node.related;
    if (!related) continue;
    ctx.loaders.history.prime(node.id, related.history);
    if (related.student) {
      ctx.loaders.member.prime(related.student.id, related.student);
      if (related.program) ctx.loaders.program.prime(related.program.id, related.program);
      preload(related.student, { program: related.program });
    }
    preload(node, { student: related.student, history: related.history });
  }
  return page;
}

@Resolver(() => ApplicationModel)
export class ApplicationResolver {
  /**
   * The hold deadline while a seat freed from the waitlist is held for the student (OFFERED and
   * holding the seat); null otherwise (the column keeps the last promotion's deadline after it).
   */
  @ResolveField(() => Date, {
    nullable: true,
    description:
      'Until when the onsite seat freed for this student is held: accept before then (while OFFERED after a promotion from the waitlist); null otherwise',
  })
  holdExpiresAt(@Parent() application: Application): Date | null {
    return application.status === ApplicationStatus.OFFERED && application.holdsSeat ? application.holdExpiresAt : null;
  }

  constructor(private readonly service: ApplicationService) {}

  @Roles(MemberRole.STUDENT)
  @Mutation(() => ApplicationModel, {
    description: 'A student applies to a published offer with a motivation and a rank',
  })
  applyToOffer(@CurrentActor() actor: Actor, @Args('input') input: ApplyToOfferInput) {
    return this.service.apply(actor, input);
  }

  @Roles(MemberRole.STUDENT)
  @Mutation(() => ApplicationModel, { description: 'Withdraw at any time before completion; a held seat is freed' })
  withdrawApplication(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.withdraw(actor, id);
  }

  @Roles(MemberRole.STUDENT)
  @Mutation(() => [ApplicationModel], {
    description:
      'Your new order of choices (rank 1 = first choice), used by match rounds and waitlists; answers the listed applications in that order',
  })
  rankMyApplications(@CurrentActor() actor: Actor, @Args() { applicationIds }: RankMyApplicationsArgs) {
    return this.service.rankMine(actor, applicationIds);
  }

  @Roles(MemberRole.STUDENT)
  @Mutation(() => ApplicationModel, {
    description: 'Accept an offer: takes an onsite seat, or puts you on the waitlist if none is left',
  })
  acceptOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.accept(actor, id);
  }

  @Roles(MemberRole.STUDENT)
  @Mutation(() => ApplicationModel)
  declineOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.decline(actor, id);
  }

  @Roles(MemberRole.STUDENT)
  @Query(() => ApplicationConnection, {
    complexity: pageComplexity,
    description: 'Your applications, in your rank order',
  })
  async myApplications(@CurrentActor() actor: Actor, @Args() args: MyApplicationsArgs, @Context() ctx: GqlContext) {
    return toConnection(serveRelations(ctx, await this.service.listMine(actor, args)));
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Query(() => ApplicationConnection, {
    complexity: pageComplexity,
    description:
      "Companies: applicants of their offers in the company's rank order. Universities: their students' applications.",
  })
  async applications(@CurrentActor() actor: Actor, @Args() args: ApplicationsArgs, @Context() ctx: GqlContext) {
    return toConnection(serveRelations(ctx, await this.service.listForStaff(actor, args)));
  }

  @Query(() => ApplicationModel)
  application(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.get(actor, id);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => ApplicationModel)
  shortlistApplication(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.shortlist(actor, id);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => ApplicationModel)
  rejectApplication(@CurrentActor() actor: Actor, @Args() { id, note }: IdNoteArgs) {
    return this.service.reject(actor, id, note);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => ApplicationModel, { description: 'Offer a seat to an applicant (first-come offers)' })
  makeOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.makeOffer(actor, id);
  }

  @Roles(...STAFF, MemberRole.PLATFORM_ADMIN)
  @Mutation(() => ApplicationModel, { description: "The company's rank of an applicant (1 = best)" })
  rankApplicant(@CurrentActor() actor: Actor, @Args() { id, rank }: RankApplicantArgs) {
    return this.service.rankApplicant(actor, id, rank);
  }

  /** The company's rank is the company's own judgement: its staff and the platform admin see it, students and universities do not. */
  @ResolveField(() => Int, {
    nullable: true,
    description: "The company's rank of this applicant (null unless you are the company's staff)",
  })
  companyRank(@Parent() application: Application, @CurrentActor() actor: Actor | null) {
    return actor && (isPlatformAdmin(actor) || actor.organizationKind === OrganizationKind.COMPANY)
      ? application.companyRank
      : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The virtual twin's join link, for the application's own student while placed virtually (VIRTUAL, or OFFERED an onsite seat while keeping the virtual one); null otherwise",
  })
  async joinUrl(
    @Parent() application: Application,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GqlContext,
  ): Promise<string | null> {
    if (!actor || actor.id !== application.studentId) return null;
    const virtual =
      application.status === ApplicationStatus.VIRTUAL ||
      (application.status === ApplicationStatus.OFFERED && application.holdsVirtualSeat);
    if (!virtual) return null;
    return (await ctx.loaders.twinOfOffer.load(application.offerId))?.joinUrl ?? null;
  }

  @ResolveField(() => OfferModel)
  offer(@Parent() application: Application, @Context() ctx: GqlContext) {
    return ctx.loaders.offer.load(application.offerId);
  }

  @ResolveField(() => OfferSlotModel)
  slot(@Parent() application: Application, @Context() ctx: GqlContext) {
    return ctx.loaders.slot.load(application.slotId);
  }

  @ResolveField(() => MemberModel)
  student(@Parent() application: Application, @Context() ctx: GqlContext) {
    return ctx.loaders.member.load(application.studentId);
  }

  @ResolveField(() => [StatusChangeModel])
  history(@Parent() application: Application, @Context() ctx: GqlContext) {
    return ctx.loaders.history.load(application.id);
  }
}
