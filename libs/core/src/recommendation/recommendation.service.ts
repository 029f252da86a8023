import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import {
  DEFAULT_RECOMMENDATION_WEIGHTS,
  OfferProfile,
  rankRecommendations,
  rankRequestsForOffer,
  Recommendation,
  RecommendationWeights,
  RequestProfile,
} from '@practicum/matching';
import { DataSource, In, MoreThan } from 'typeorm';
import { NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireStaffOf } from '../common/policy';
import { Facility } from '../facility/facility.entity';
import { Offer, OfferStatus } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { VirtualTwin } from '../offer/virtual-twin.entity';
import { Organization } from '../organization/organization.entity';
import { PartnerRequest, PartnerRequestStatus } from '../partner-request/partner-request.entity';
import { Program } from '../program/program.entity';
import { topicLabel } from '../topic/topics';

/** Scored, explained pairings of partner requests and offers (libs/matching does the scoring). */
@Injectable()
export class RecommendationService {
  private readonly weights: RecommendationWeights;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.weights = { ...DEFAULT_RECOMMENDATION_WEIGHTS, ...config.recommendationWeights };
  }

  /** Offers for a university's partner request, best first. */
  async offersFor(actor: Actor, requestId: string, first: number): Promise<Recommendation[]> {
    const request = await this.dataSource.getRepository(PartnerRequest).findOneBy({ id: requestId });
    if (!request || (!isPlatformAdmin(actor) && request.universityId !== actor.organizationId))
      throw new NotFoundError('PartnerRequest', requestId);
    if (!isPlatformAdmin(actor)) requireStaffOf(actor, request.universityId);
    const offers = await this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .innerJoin(Organization, 'c', 'c.id = o."companyId" AND c.verified')
      .where('o.status = :published AND o."applicationDeadline" > now()', { published: OfferStatus.PUBLISHED })
      .getMany();
    const [profile] = await this.requestProfiles([request]);
    return rankRecommendations(profile, await this.offerProfiles(offers), this.weights, first);
  }

  /** Open requests of verified universities for a company's offer, best first. */
  async requestsFor(actor: Actor, offerId: string, first: number): Promise<Recommendation[]> {
    const offer = await this.dataSource.getRepository(Offer).findOneBy({ id: offerId });
    if (!offer || (!isPlatformAdmin(actor) && offer.companyId !== actor.organizationId))
      throw new NotFoundError('Offer', offerId);
    if (!isPlatformAdmin(actor)) requireStaffOf(actor, offer.companyId);
    const requests = await this.dataSource
      .getRepository(PartnerRequest)
      .createQueryBuilder('r')
      .innerJoin(Organization, 'u', 'u.id = r."universityId" AND u.verified')
      .where('r.status = :open', { open: PartnerRequestStatus.OPEN })
      .getMany();
    const [profile] = await this.offerProfiles([offer]);
    return rankRequestsForOffer(profile, await this.requestProfiles(requests), this.weights, first);
  }

  private async requestProfiles(requests: PartnerRequest[]): Promise<RequestProfile[]> {
    if (!requests.length) return [];
    const programs = new Map(
      (await this.dataSource.getRepository(Program).findBy({ id: In(requests.map((r) => r.programId)) })).map((p) => [
        p.id,
        p,
      ]),
    );
    const universities = new Map(
      (await this.dataSource.getRepository(Organization).findBy({ id: In(requests.map((r) => r.universityId)) })).map(
        (u) => [u.id, u],
      ),
    );
    return requests.map((r) => {
      const university = universities.get(r.universityId)!;
      const located = university.latitude !== null && university.longitude !== null;
      return {
        id: r.id,
        kind: r.kind,
        topics: r.topics.map(topicLabel),
        level: programs.get(r.programId)!.level,
        headcount: r.headcount,
        windowStart: r.windowStart,
        windowEnd: r.windowEnd,
        maxDistanceKm: located ? r.maxDistanceKm : null,
        virtualAcceptable: r.virtualAcceptable,
        universityLocation: located ? { lat: university.latitude!, lon: university.longitude! } : { lat: 0, lon: 0 },
      };
    });
  }

  private async offerProfiles(offers: Offer[]): Promise<OfferProfile[]> {
    if (!offers.length) return [];
    const ids = offers.map((o) => o.id);
    const slots = await this.dataSource
      .getRepository(OfferSlot)
      .find({ where: { offerId: In(ids), endsAt: MoreThan(new Date()) } });
    const twins = new Map(
      (await this.dataSource.getRepository(VirtualTwin).findBy({ offerId: In(ids) })).map((t) => [t.offerId, t]),
    );
    const facilities = new Map(
      (await this.dataSource.getRepository(Facility).findBy({ id: In(offers.map((o) => o.facilityId)) })).map((f) => [
        f.id,
        f,
      ]),
    );
    return offers.map((o) => {
      const own = slots.filter((s) => s.offerId === o.id);
      const twin = twins.get(o.id);
      const facility = facilities.get(o.facilityId)!;
      return {
        id: o.id,
        kind: o.kind,
        topics: o.topics.map(topicLabel),
        eligibleLevels: o.eligibleLevels,
        dates: own.map((s) => ({ start: s.startsAt, end: s.endsAt })),
        onsiteFreeSeats: Math.max(0, ...own.map((s) => s.capacity - s.taken)),
        virtualTwin: twin ? { capacity: twin.capacity === null ? null : twin.capacity - twin.taken } : null,
        facility: { lat: facility.latitude, lon: facility.longitude, requirements: facility.requirements },
      };
    });
  }
}
