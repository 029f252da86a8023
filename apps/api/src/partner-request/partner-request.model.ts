import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferKind, PartnerRequestStatus } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(PartnerRequestStatus, { name: 'PartnerRequestStatus' });

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
export class PartnerRequestConnection extends Connection(PartnerRequestModel, 'PartnerRequest') {}
