import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole, MemberStatus, OrganizationKind, SharedInListing, StudyLevel } from '@practicum/core';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(StudyLevel, { name: 'StudyLevel' });

/** The description of every nested organization field (Offer.company, Booking.university...). */
export const HIDDEN_UNLESS_VERIFIED = 'Null while the organization is unverified, except for its own members and the platform admin';

@ObjectType({ description: 'A company or a university' })
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

@ObjectType({ description: 'A university course of study' })
export class ProgramModel {
  @Field(() => ID) id: string;
  @Field(() => ID) universityId: string;
  @Field() name: string;
  @Field(() => StudyLevel) level: StudyLevel;
  @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' }) topics: string[];
  @Field(() => Int) cohortSize: number;
  @Field() termStart: string;
  @Field() termEnd: string;
  @Field(() => Float) minimumOnsiteShare: number;
}

@ObjectType({ description: 'A user of one organization (the platform admin belongs to none)' })
export class MemberModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => MemberRole) role: MemberRole;
  @Field(() => MemberStatus) status: MemberStatus;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as Authorization: Bearer <accessToken>; the portal uses the httpOnly session cookie set with it instead' }) accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => MemberModel) member: MemberModel;
}
