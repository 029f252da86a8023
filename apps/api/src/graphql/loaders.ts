import { Injectable, Module } from '@nestjs/common';
import {
  canSeeOrganization,
  Facility,
  FacilityModule,
  FacilityService,
  HistoryModule,
  HistoryService,
  Member,
  MemberModule,
  MemberService,
  Offer,
  OfferModule,
  OfferService,
  OfferSlot,
  Organization,
  OrganizationModule,
  OrganizationService,
  PartnerRequest,
  PartnerRequestModule,
  PartnerRequestService,
  Program,
  ProgramModule,
  ProgramService,
  StatusChange,
  VirtualTwin,
} from '@practicum/core';
import DataLoader from 'dataloader';
import type { Response } from 'express';
import { RequestWithActor } from '../common/request-context';

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Per-request batch loaders, so relation fields cost one query per page, not one per row. */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  member: DataLoader<string, Member | null>;
  program: DataLoader<string, Program | null>;
  facility: DataLoader<string, Facility | null>;
  offer: DataLoader<string, Offer | null>;
  slot: DataLoader<string, OfferSlot | null>;
  slotsOfOffer: DataLoader<string, OfferSlot[]>;
  twinOfOffer: DataLoader<string, VirtualTwin | null>;
  history: DataLoader<string, StatusChange[]>;
  partnerRequest: DataLoader<string, PartnerRequest | null>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly members: MemberService,
    private readonly programs: ProgramService,
    private readonly facilities: FacilityService,
    private readonly offers: OfferService,
    private readonly history: HistoryService,
    private readonly partnerRequests: PartnerRequestService,
  ) {}

  /** The organization loader answers null for an organization the request's actor may not see (unverified, not theirs). */
  create(req?: RequestWithActor): Loaders {
    return {
      organization: byId(async (ids) =>
        (await this.organizations.findByIds(ids)).filter((o) => canSeeOrganization(req?.actor, o)),
      ),
      member: byId((ids) => this.members.findByIds(ids)),
      program: byId((ids) => this.programs.findByIds(ids)),
      facility: byId((ids) => this.facilities.findByIds(ids)),
      offer: byId((ids) => this.offers.findByIds(ids)),
      slot: byId((ids) => this.offers.slotsByIds(ids)),
      slotsOfOffer: new DataLoader((ids) => this.offers.slotsOf(ids)),
      twinOfOffer: new DataLoader((ids) => this.offers.twinsOf(ids)),
      history: new DataLoader((ids) => this.history.forSubjects(ids)),
      partnerRequest: byId((ids) => this.partnerRequests.findByIds(ids)),
    };
  }
}

export interface GqlContext {
  req: RequestWithActor;
  /** Absent on a subscription (a WebSocket has no HTTP response to set cookies on). */
  res?: Response;
  loaders: Loaders;
}

@Module({
  imports: [
    FacilityModule,
    HistoryModule,
    MemberModule,
    OfferModule,
    OrganizationModule,
    PartnerRequestModule,
    ProgramModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
