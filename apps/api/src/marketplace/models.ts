import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ApplicationStatus,
  BookingStatus,
  EntryRequirement,
  FacilityKind,
  OfferKind,
  OfferSort,
  OfferStatus,
  PartnerRequestStatus,
  SeatAllocation,
  SharedInListing,
  StudyLevel,
  VirtualFormat,
} from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(FacilityKind, { name: 'FacilityKind' });
registerEnumType(EntryRequirement, { name: 'EntryRequirement' });
registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(SeatAllocation, { name: 'SeatAllocation', description: 'FIRST_COME: the company makes offers as it reviews; MATCH_ROUND: a match round allocates seats after the deadline' });
registerEnumType(VirtualFormat, { name: 'VirtualFormat' });
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(BookingStatus, { name: 'BookingStatus' });
registerEnumType(PartnerRequestStatus, { name: 'PartnerRequestStatus' });
registerEnumType(OfferSort, { name: 'OfferSort' });

@ObjectType('Facility', { description: 'A company site: GMP cleanroom, QC lab...' })
export class FacilityModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field(() => ID) companyId: string;
  @SharedInListing() @Field() name: string;
  @SharedInListing() @Field(() => FacilityKind) kind: FacilityKind;
  @SharedInListing() @Field() address: string;
  @SharedInListing() @Field() city: string;
  @SharedInListing() @Field() country: string;
  @SharedInListing() @Field(() => Float) latitude: number;
  @SharedInListing() @Field(() => Float) longitude: number;
  @SharedInListing() @Field(() => [EntryRequirement]) requirements: EntryRequirement[];
  @SharedInListing() @Field(() => Int, { nullable: true }) minimumAge: number | null;
}

@ObjectType('OfferSlot', { description: 'A site-visit session or an internship period, with onsite seats' })
export class OfferSlotModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field(() => ID) offerId: string;
  @SharedInListing() @Field() startsAt: Date;
  @SharedInListing() @Field() endsAt: Date;
  @SharedInListing() @Field(() => Int) capacity: number;
  @SharedInListing() @Field(() => Int, { description: 'Onsite seats already given' }) taken: number;
}

@ObjectType('VirtualTwin', { description: 'The virtual alternative where overflow goes' })
export class VirtualTwinModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field(() => ID) offerId: string;
  @SharedInListing() @Field(() => VirtualFormat) format: VirtualFormat;
  @SharedInListing() @Field(() => Int, { nullable: true, description: 'null = unlimited' }) capacity: number | null;
  @SharedInListing() @Field(() => Int) taken: number;
}

@ObjectType('PriorityGroup', { description: 'Seats held for a group of programs or universities until the deadline' })
export class PriorityGroupModel {
  @SharedInListing() @Field(() => String, { nullable: true }) name: string | null;
  @SharedInListing() @Field(() => [ID]) programIds: string[];
  @SharedInListing() @Field(() => [ID]) universityIds: string[];
  @SharedInListing() @Field(() => Int, { description: 'Seats of each slot reserved for the group' }) reservedSeats: number;
}

@ObjectType('Offer')
export class OfferModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field(() => ID) companyId: string;
  @SharedInListing() @Field(() => ID) facilityId: string;
  @SharedInListing() @Field(() => OfferKind) kind: OfferKind;
  @SharedInListing() @Field() title: string;
  @SharedInListing() @Field() description: string;
  @SharedInListing() @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' }) topics: string[];
  @SharedInListing() @Field(() => [StudyLevel]) eligibleLevels: StudyLevel[];
  @SharedInListing() @Field() applicationDeadline: Date;
  @SharedInListing() @Field(() => OfferStatus) status: OfferStatus;
  @SharedInListing() @Field(() => SeatAllocation) allocation: SeatAllocation;
  @SharedInListing() @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @SharedInListing() @Field() createdAt: Date;
}

@ObjectType('StatusChange', { description: 'Who changed the status, when, and why' })
export class StatusChangeModel {
  @Field(() => String, { nullable: true }) fromStatus: string | null;
  @Field() toStatus: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
}

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID) universityId: string;
  @Field(() => ID) programId: string;
  @Field() motivation: string;
  @Field(() => Int, { description: "The student's rank of this offer (1 = first choice)" }) rank: number;
  @Field(() => String, { nullable: true, description: 'Why the last published match round placed (or did not place) this application' })
  matchExplanation: string | null;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field({ description: 'True while the application holds an onsite seat' }) holdsSeat: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('Booking', { description: "A university's claim on a slot for a cohort" })
export class BookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID) universityId: string;
  @Field(() => ID) programId: string;
  @Field(() => ID, { nullable: true }) partnerRequestId: string | null;
  @Field(() => Int) headcount: number;
  @Field(() => [ID], { description: 'The named cohort, if any, in priority order' }) studentIds: string[];
  @Field(() => Int) onsiteSeats: number;
  @Field(() => Int) virtualSeats: number;
  @Field(() => Int) waitlistedSeats: number;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field() note: string;
  @Field() createdAt: Date;
}

@ObjectType('PartnerRequest', { description: "A university's ask for industry partners for a program" })
export class PartnerRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) universityId: string;
  @Field(() => ID) programId: string;
  @Field(() => OfferKind) kind: OfferKind;
  @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' }) topics: string[];
  @Field(() => Int) headcount: number;
  @Field() windowStart: string;
  @Field() windowEnd: string;
  @Field(() => Int) maxDistanceKm: number;
  @Field() virtualAcceptable: boolean;
  @Field(() => PartnerRequestStatus) status: PartnerRequestStatus;
  @Field() note: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class OfferConnection extends Connection(OfferModel, 'Offer', (Edge) => {
  Field(() => Float, { nullable: true, description: 'Distance from the near point, when given' })(Edge.prototype, 'distanceKm');
  SharedInListing()(Edge.prototype, 'distanceKm');
}, { sharedInListing: true }) {}

@ObjectType()
export class ApplicationConnection extends Connection(ApplicationModel, 'Application') {}

@ObjectType()
export class BookingConnection extends Connection(BookingModel, 'Booking') {}

@ObjectType()
export class PartnerRequestConnection extends Connection(PartnerRequestModel, 'PartnerRequest') {}
