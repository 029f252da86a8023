import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, MemberRole, OrganizationKind, Program, ProgramService } from '@practicum/core';
import { CurrentActor, OrgKind, Public, Roles } from '../common/access.decorators';
import { GqlContext } from '../graphql/loaders';
import { HIDDEN_UNLESS_VERIFIED, OrganizationModel } from '../organization/organization.model';
import { CreateProgramInput } from './dto/create-program.input';
import { UniversityArgs } from './dto/university.args';
import { ProgramModel } from './program.model';

@Resolver(() => ProgramModel)
export class ProgramResolver {
  constructor(private readonly programService: ProgramService) {}

  @Public()
  @Query(() => [ProgramModel], { description: "A university's programs (students choose one when they register)" })
  programs(@CurrentActor() actor: Actor | null, @Args() { universityId }: UniversityArgs) {
    return this.programService.listVisible(actor, universityId);
  }

  @OrgKind(OrganizationKind.UNIVERSITY)
  @Roles(MemberRole.ADMIN, MemberRole.COORDINATOR)
  @Mutation(() => ProgramModel)
  createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput) {
    return this.programService.create(actor, input);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: HIDDEN_UNLESS_VERIFIED })
  university(@Parent() program: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(program.universityId);
  }
}
