import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@practicum/core';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** The description of every nested organization field (Offer.company, Booking.university...). */
export const HIDDEN_UNLESS_VERIFIED = 'Null while the organization is unverified, except for its own members and the platform admin';

@ObjectType('Organization', { description: 'A company or a university' })
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field({ description: 'Unverified companies are invisible to students' }) verified: boolean;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field() createdAt: Date;
}
