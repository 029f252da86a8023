import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind, SharedInListing } from '@practicum/core';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** The description of every nested organization field (Offer.company, Booking.university...). */
export const HIDDEN_UNLESS_VERIFIED =
  'Null while the organization is unverified, except for its own members and the platform admin';

@ObjectType('Organization', { description: 'A company or a university' })
export class OrganizationModel {
  @SharedInListing() @Field(() => ID) id: string;
  @SharedInListing() @Field() name: string;
  @SharedInListing() @Field(() => OrganizationKind) kind: OrganizationKind;
  @SharedInListing() @Field({ description: 'Unverified companies are invisible to students' }) verified: boolean;
  @SharedInListing() @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @SharedInListing() @Field(() => String, { nullable: true }) city: string | null;
  @SharedInListing() @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @SharedInListing() @Field(() => Float, { nullable: true }) latitude: number | null;
  @SharedInListing() @Field(() => Float, { nullable: true }) longitude: number | null;
  @SharedInListing() @Field(() => String, { nullable: true }) website: string | null;
  @SharedInListing() @Field() createdAt: Date;
}
