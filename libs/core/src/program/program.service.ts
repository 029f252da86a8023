import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadInputError } from '../common/domain-error';
import { Actor, requireOrganizationKind, requireRole } from '../common/policy';
import { MemberRole } from '../member/member.entity';
import { OrganizationKind } from '../organization/organization.entity';
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

  findByIds(ids: readonly string[]): Promise<Program[]> {
    return this.programs.findBy({ id: In([...ids]) });
  }

  /** Programs are public descriptions of a university's courses (students pick one at sign-up). */
  listOfUniversity(universityId: string): Promise<Program[]> {
    return this.programs.find({ where: { universityId }, order: { name: 'ASC' } });
  }

  async create(actor: Actor, input: CreateProgram): Promise<Program> {
    requireOrganizationKind(actor, OrganizationKind.UNIVERSITY);
    requireRole(actor, MemberRole.ADMIN, MemberRole.COORDINATOR);
    if (input.termEnd < input.termStart) throw new BadInputError('termEnd', 'The term must end after it starts');
    return this.programs.save(
      this.programs.create({ ...input, name: input.name.trim(), universityId: actor.organizationId!, minimumOnsiteShare: input.minimumOnsiteShare ?? 0 }),
    );
  }
}
