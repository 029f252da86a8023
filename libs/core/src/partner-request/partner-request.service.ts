import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { newestFirstPage, Page } from '../common/cursor';
import { BadInputError, NotFoundError } from '../common/domain-error';
import {
  Actor,
  isPlatformAdmin,
  isStaff,
  requireOrganizationKind,
  requireStaffOf,
  requireVerifiedOrganization,
} from '../common/policy';
import { OfferKind } from '../offer/offer.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program } from '../program/program.entity';
import { PartnerRequest, PartnerRequestStatus } from './partner-request.entity';

export interface CreatePartnerRequestData {
  programId: string;
  kind: OfferKind;
  topics: string[];
  headcount: number;
  windowStart: string;
  windowEnd: string;
  maxDistanceKm: number;
  virtualAcceptable: boolean;
  note?: string | null;
}

@Injectable()
export class PartnerRequestService {
  constructor(
    @InjectRepository(PartnerRequest) private readonly requests: Repository<PartnerRequest>,
    @InjectRepository(Program) private readonly programs: Repository<Program>,
  ) {}

  findByIds(ids: readonly string[]): Promise<PartnerRequest[]> {
    return this.requests.findBy({ id: In([...ids]) });
  }

  async create(actor: Actor, data: CreatePartnerRequestData): Promise<PartnerRequest> {
    requireOrganizationKind(actor, OrganizationKind.UNIVERSITY);
    requireStaffOf(actor, actor.organizationId!);
    requireVerifiedOrganization(actor);
    if (data.windowEnd < data.windowStart)
      throw new BadInputError('windowEnd', 'The date window must end after it starts');
    const program = await this.programs.findOneBy({ id: data.programId, universityId: actor.organizationId! });
    if (!program) throw new BadInputError('programId', 'No program of your university has this id');
    return this.requests.save(
      this.requests.create({
        ...data,
        topics: [...new Set(data.topics)],
        note: data.note ?? '',
        universityId: actor.organizationId!,
        createdById: actor.id,
      }),
    );
  }

  /** A university sees its own requests; companies see the open requests of verified universities. */
  async list(
    actor: Actor,
    filter: { status?: PartnerRequestStatus; first: number; after?: string | null },
  ): Promise<Page<PartnerRequest>> {
    const qb = this.requests.createQueryBuilder('r');
    if (!isPlatformAdmin(actor)) {
      requireStaffOf(actor, actor.organizationId ?? '');
      if (actor.organizationKind === OrganizationKind.UNIVERSITY)
        qb.where('r."universityId" = :org', { org: actor.organizationId });
      else {
        qb.innerJoin(Organization, 'u', 'u.id = r."universityId" AND u.verified').where('r.status = :open', {
          open: PartnerRequestStatus.OPEN,
        });
      }
    }
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    return newestFirstPage(qb, 'r', filter.first, filter.after);
  }

  async get(actor: Actor, id: string): Promise<PartnerRequest> {
    const found = await this.requests.findOneBy({ id });
    if (found && (isPlatformAdmin(actor) || (await this.visibleTo(actor, found)))) return found;
    throw new NotFoundError('PartnerRequest', id);
  }

  private async visibleTo(actor: Actor, request: PartnerRequest): Promise<boolean> {
    if (!isStaff(actor)) return false;
    if (actor.organizationKind === OrganizationKind.UNIVERSITY) return request.universityId === actor.organizationId;
    const university = await this.requests.manager.getRepository(Organization).findOneBy({ id: request.universityId });
    return request.status === PartnerRequestStatus.OPEN && !!university?.verified;
  }
}
