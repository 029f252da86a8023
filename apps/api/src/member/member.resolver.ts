import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Member, MemberRole, MemberService } from '@practicum/core';
import { CurrentActor, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { GqlContext } from '../graphql/loaders';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { ProgramModel } from '../program/program.model';
import { InviteMemberInput } from './dto/invite-member.input';
import { MemberModel } from './member.model';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly members: MemberService) {}

  @Query(() => MemberModel, {
    description:
      'The signed-in member (the portal checks its session with it: UNAUTHENTICATED when expired or removed)',
  })
  me(@CurrentActor() actor: Actor) {
    return this.members.get(actor.id);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => MemberModel, {
    description: 'An organization admin invites a coordinator (or admin); the invitation goes by email',
  })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput) {
    return this.members.invite(actor, input);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => MemberModel, { description: 'Removes a member of your organization; their tokens stop working' })
  removeMember(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.members.remove(actor, id);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  organization(@Parent() member: Member, @Context() ctx: GqlContext) {
    return member.organizationId ? ctx.loaders.organization.load(member.organizationId) : null;
  }

  @ResolveField(() => ProgramModel, { nullable: true })
  program(@Parent() member: Member, @Context() ctx: GqlContext) {
    return member.programId ? ctx.loaders.program.load(member.programId) : null;
  }
}
