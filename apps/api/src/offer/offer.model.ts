import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  OfferKind,
  OfferSort,
  OfferStatus,
  SeatAllocation,
  SharedInListing,
  StudyLevel,
  VirtualFormat,
} from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(SeatAllocation, {
  name: 'SeatAllocation',
  description:
    'FIRST_COME: the company makes offers as it reviews; MATCH_ROUND: a match round allocates seats after the deadline',
});
registerEnumType(VirtualFormat, { name: 'VirtualFormat' });
registerEnumType(OfferSort, { name: 'OfferSort' });

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
  @SharedInListing()
  @Field(() => Int, { description: 'Seats of each slot reserved for the group' })
  reservedSeats: number;
}

@ObjectType('Offer')
export class OfferModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field(() => ID) companyId: string;
  @SharedInListing() @Field(() => ID) facilityId: string;
  @SharedInListing() @Field(() => OfferKind) kind: OfferKind;
  @SharedInListing() @Field() title: string;
  @SharedInListing() @Field() description: string;
  @SharedInListing()
  @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' })
  topics: string[];
  @SharedInListing() @Field(() => [StudyLevel]) eligibleLevels: StudyLevel[];
  @SharedInListing() @Field() applicationDeadline: Date;
  @SharedInListing() @Field(() => OfferStatus) status: OfferStatus;
  @SharedInListing() @Field(() => SeatAllocation) allocation: SeatAllocation;
  @SharedInListing() @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @SharedInListing() @Field() createdAt: Date;
}

@ObjectType()
export class OfferConnection extends Connection(
  OfferModel,
  'Offer',
  (Edge) => {
    Field(() => Float, { nullable: true, description: 'Distance from the near point, when given' })(
      Edge.prototype as object,
      'distanceKm',
    );
    SharedInListing()(Edge.prototype as object, 'distanceKm');
  },
  { sharedInListing: true },
) {}
