import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireOrganizationKind, requireStaffOf } from '../common/policy';
import { OrganizationKind } from '../organization/organization.entity';
import { EntryRequirement, Facility, FacilityKind } from './facility.entity';

export interface FacilityData {
  name: string;
  kind: FacilityKind;
  address: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  requirements: EntryRequirement[];
  minimumAge?: number | null;
}

@Injectable()
export class FacilityService {
  constructor(@InjectRepository(Facility) private readonly facilities: Repository<Facility>) {}

  findByIds(ids: readonly string[]): Promise<Facility[]> {
    return this.facilities.findBy({ id: In([...ids]) });
  }

  async create(actor: Actor, data: FacilityData): Promise<Facility> {
    requireOrganizationKind(actor, OrganizationKind.COMPANY);
    requireStaffOf(actor, actor.organizationId!);
    return this.facilities.save(
      this.facilities.create({
        ...data,
        country: data.country.toUpperCase(),
        minimumAge: data.minimumAge ?? null,
        companyId: actor.organizationId!,
      }),
    );
  }

  async update(actor: Actor, id: string, data: Partial<FacilityData>): Promise<Facility> {
    const facility = await this.ownedBy(actor, id);
    Object.assign(facility, Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
    if (data.country) facility.country = data.country.toUpperCase();
    return this.facilities.save(facility);
  }

  /** A facility of the actor's own company (NOT_FOUND for anyone else's). */
  async ownedBy(actor: Actor, id: string): Promise<Facility> {
    const facility = await this.facilities.findOneBy({ id });
    if (!facility || (!isPlatformAdmin(actor) && facility.companyId !== actor.organizationId))
      throw new NotFoundError('Facility', id);
    requireStaffOf(actor, facility.companyId);
    return facility;
  }

  listOfCompany(companyId: string): Promise<Facility[]> {
    return this.facilities.find({ where: { companyId }, order: { name: 'ASC' } });
  }
}
