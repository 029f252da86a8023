import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntryRequirement, FacilityKind, SharedInListing } from '@practicum/core';

registerEnumType(FacilityKind, { name: 'FacilityKind' });
registerEnumType(EntryRequirement, { name: 'EntryRequirement' });

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
