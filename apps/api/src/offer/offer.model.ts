import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferKind, OfferSort, OfferStatus, SeatAllocation, StudyLevel, VirtualFormat } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(SeatAllocation, { name: 'SeatAllocation', description: 'FIRST_COME: the company makes offers as it reviews; MATCH_ROUND: a match round allocates seats after the deadline' });
registerEnumType(VirtualFormat, { name: 'VirtualFormat' });
registerEnumType(OfferSort, { name: 'OfferSort' });

@ObjectType('OfferSlot', { description: 'A site-visit session or an internship period, with onsite seats' })
export class OfferSlotModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Onsite seats already given' }) taken: number;
}

@ObjectType('VirtualTwin', { description: 'The virtual alternative where overflow goes' })
export class VirtualTwinModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => VirtualFormat) format: VirtualFormat;
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) capacity: number | null;
  @Field(() => Int) taken: number;
}

@ObjectType('PriorityGroup', { description: 'Seats held for a group of programs or universities until the deadline' })
export class PriorityGroupModel {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => [ID]) programIds: string[];
  @Field(() => [ID]) universityIds: string[];
  @Field(() => Int, { description: 'Seats of each slot reserved for the group' }) reservedSeats: number;
}

@ObjectType('Offer')
export class OfferModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID) facilityId: string;
  @Field(() => OfferKind) kind: OfferKind;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' }) topics: string[];
  @Field(() => [StudyLevel]) eligibleLevels: StudyLevel[];
  @Field() applicationDeadline: Date;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field(() => SeatAllocation) allocation: SeatAllocation;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class OfferConnection extends Connection(OfferModel, 'Offer', (Edge) => {
  Field(() => Float, { nullable: true, description: 'Distance from the near point, when given' })(Edge.prototype, 'distanceKm');
}) {}
