import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/domain-error';
import { Actor, canSeeOrganization, requireOrganizationKind, requireRole } from '../common/policy';
import { MemberRole } from '../member/member.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program, StudyLevel } from './program.entity';

export interface CreateProgram {
  name: string;
  level: StudyLevel;
  topics: string[];
  cohortSize: number;
  termStart: string;
  termEnd: string;
  minimumOnsiteShare?: number;
}

@Injectable()
export class ProgramService {
  constructor(@InjectRepository(Program) private readonly programs: Repository<Program>) {}

  private get organizations() {
    return this.programs.manager.getRepository(Organization);
  }

  findByIds(ids: readonly string[]): Promise<Program[]> {
    return this.programs.findBy({ id: In([...ids]) });
  }

  /** Programs are public descriptions of a university's courses (students pick one at sign-up). */
  /** A university's programs, for anyone who may see the university (an unverified one: its members and the platform admin). */
  async listVisible(actor: Actor | null, universityId: string): Promise<Program[]> {
    const university = await this.organizations.findOneBy({ id: universityId });
    if (!university || !canSeeOrganization(actor, university)) throw new NotFoundError('Organization', universityId);
    return this.listOfUniversity(universityId);
  }

  listOfUniversity(universityId: string): Promise<Program[]> {
    return this.programs.find({ where: { universityId }, order: { name: 'ASC' } });
  }

  async create(actor: Actor, input: CreateProgram): Promise<Program> {
    requireOrganizationKind(actor, OrganizationKind.UNIVERSITY);
    requireRole(actor, MemberRole.ADMIN, MemberRole.COORDINATOR);
    if (input.termEnd < input.termStart) throw new BadInputError('termEnd', 'The term must end after it starts');
    return this.programs.save(
      this.programs.create({
        ...input,
        name: input.name.trim(),
        universityId: actor.organizationId!,
        minimumOnsiteShare: input.minimumOnsiteShare ?? 0,
      }),
    );
  }
}
