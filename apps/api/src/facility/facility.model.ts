import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntryRequirement, FacilityKind } from '@practicum/core';

registerEnumType(FacilityKind, { name: 'FacilityKind' });
registerEnumType(EntryRequirement, { name: 'EntryRequirement' });

@ObjectType('Facility', { description: 'A company site: GMP cleanroom, QC lab...' })
export class FacilityModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field() name: string;
  @Field(() => FacilityKind) kind: FacilityKind;
  @Field() address: string;
  @Field() city: string;
  @Field() country: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field(() => [EntryRequirement]) requirements: EntryRequirement[];
  @Field(() => Int, { nullable: true }) minimumAge: number | null;
}
