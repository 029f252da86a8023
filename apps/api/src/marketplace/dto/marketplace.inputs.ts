import { SingleLineName } from '../../common/single-line-name';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ApplicationStatus,
  BookingStatus,
  CohortRule,
  EntryRequirement,
  FacilityKind,
  OfferKind,
  OfferSort,
  OfferStatus,
  PartnerRequestStatus,
  SeatAllocation,
  StudyLevel,
  VirtualFormat,
} from '@practicum/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';

@InputType()
export class FacilityInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => FacilityKind) @IsEnum(FacilityKind) kind: FacilityKind;
  @Field() @IsString() @Length(2, 300) address: string;
  @Field() @IsString() @Length(1, 120) city: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country: string;
  @Field(() => Float) @IsLatitude() latitude: number;
  @Field(() => Float) @IsLongitude() longitude: number;
  @Field(() => [EntryRequirement], { defaultValue: [] }) @ArrayMaxSize(10) @IsEnum(EntryRequirement, { each: true }) requirements: EntryRequirement[] = [];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(14) @Max(99) minimumAge?: number;
}

@InputType()
export class UpdateFacilityInput {
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineName(2, 200) name?: string;
  @Field(() => FacilityKind, { nullable: true }) @IsOptional() @IsEnum(FacilityKind) kind?: FacilityKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 300) address?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) city?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number;
  @Field(() => [EntryRequirement], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsEnum(EntryRequirement, { each: true }) requirements?: EntryRequirement[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(14) @Max(99) minimumAge?: number;
}

@InputType()
export class SlotInput {
  @Field() @Type(() => Date) @IsDate() startsAt: Date;
  @Field() @Type(() => Date) @IsDate() endsAt: Date;
  @Field(() => Int, { description: 'Onsite seats (sessions) or positions (internships)' }) @Min(1) @Max(10000) capacity: number;
}

@InputType()
export class VirtualTwinInput {
  @Field(() => VirtualFormat) @IsEnum(VirtualFormat) format: VirtualFormat;
  @Field(() => Int, { nullable: true, description: 'Leave empty for unlimited' }) @IsOptional() @Min(1) @Max(100000) capacity?: number;
  @Field() @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }) @MaxLength(500) joinUrl: string;
}

@InputType()
export class PriorityGroupInput {
  @Field() @SingleLineName(2, 300) name: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) programIds: string[] = [];
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) universityIds: string[] = [];
  @Field(() => Int) @Min(1) @Max(10000) reservedSeats: number;
}

@InputType()
export class CreateOfferInput {
  @Field(() => ID) @IsUUID() facilityId: string;
  @Field(() => OfferKind) @IsEnum(OfferKind) kind: OfferKind;
  @Field() @SingleLineName(3, 200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(20000) description: string = '';
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] = [];
  @Field(() => [StudyLevel]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsEnum(StudyLevel, { each: true }) eligibleLevels: StudyLevel[];
  @Field() @Type(() => Date) @IsDate() applicationDeadline: Date;
  @Field(() => SeatAllocation, { defaultValue: SeatAllocation.FIRST_COME }) @IsEnum(SeatAllocation) allocation: SeatAllocation = SeatAllocation.FIRST_COME;
  @Field(() => [SlotInput]) @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SlotInput) slots: SlotInput[];
  @Field(() => VirtualTwinInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VirtualTwinInput) virtualTwin?: VirtualTwinInput;
  @Field(() => PriorityGroupInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PriorityGroupInput) priorityGroup?: PriorityGroupInput;
}

@InputType()
export class SlotCapacityInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => Int) @Min(1) @Max(10000) capacity: number;
}

@InputType()
export class UpdateOfferInput {
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineName(3, 200) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @Field(() => [String], { nullable: true, description: TOPIC_LIST_DESCRIPTION }) @IsOptional() @IsTopicList() topics?: string[];
  @Field(() => [StudyLevel], { nullable: true }) @IsOptional() @ArrayMinSize(1) @IsEnum(StudyLevel, { each: true }) eligibleLevels?: StudyLevel[];
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() applicationDeadline?: Date;
  @Field(() => [SlotCapacityInput], { nullable: true, description: 'Capacity can grow; it shrinks only down to the seats taken' })
  @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SlotCapacityInput) slotCapacities?: SlotCapacityInput[];
  @Field(() => [SlotInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SlotInput) addSlots?: SlotInput[];
  @Field(() => VirtualTwinInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VirtualTwinInput) virtualTwin?: VirtualTwinInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() removeVirtualTwin?: boolean;
}

@InputType()
export class NearInput {
  @Field(() => Float) @IsLatitude() latitude: number;
  @Field(() => Float) @IsLongitude() longitude: number;
  @Field(() => Float, { nullable: true, description: 'Only offers within this many km' }) @IsOptional() @Min(1) @Max(20000) radiusKm?: number;
}

@InputType()
export class OfferFilterInput {
  @Field(() => OfferKind, { nullable: true }) @IsOptional() @IsEnum(OfferKind) kind?: OfferKind;
  @Field(() => [String], { nullable: true, description: `Offers covering any of these topics. ${TOPIC_LIST_DESCRIPTION}` }) @IsOptional() @IsTopicList() topics?: string[];
  @Field(() => String, { nullable: true, description: 'Full-text search over title and description' }) @IsOptional() @IsString() @MaxLength(200) text?: string;
  @Field(() => Date, { nullable: true, description: 'Slots ending after this' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @Field(() => Date, { nullable: true, description: 'Slots starting before this' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @Field(() => NearInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NearInput) near?: NearInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasVirtualTwin?: boolean;
  @Field(() => OfferStatus, { nullable: true, description: 'Companies: filter their own offers by status' }) @IsOptional() @IsEnum(OfferStatus) status?: OfferStatus;
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OfferFilterInput) filter?: OfferFilterInput;
  @Field(() => OfferSort, { defaultValue: OfferSort.DEADLINE }) @IsEnum(OfferSort) sort: OfferSort = OfferSort.DEADLINE;
}

@InputType()
export class CreatePartnerRequestInput {
  @Field(() => ID) @IsUUID() programId: string;
  @Field(() => OfferKind) @IsEnum(OfferKind) kind: OfferKind;
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] = [];
  @Field(() => Int) @Min(1) @Max(5000) headcount: number;
  @Field({ description: 'ISO date' }) @IsISO8601({ strict: true }) windowStart: string;
  @Field({ description: 'ISO date' }) @IsISO8601({ strict: true }) windowEnd: string;
  @Field(() => Int, { description: 'Largest travel distance in km' }) @Min(1) @Max(20000) maxDistanceKm: number;
  @Field({ defaultValue: false }) @IsBoolean() virtualAcceptable: boolean = false;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@ArgsType()
export class PartnerRequestsArgs extends PageArgs {
  @Field(() => PartnerRequestStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerRequestStatus) status?: PartnerRequestStatus;
}

@InputType()
export class RequestBookingInput {
  @Field(() => ID, { description: 'The site-visit session or internship period' }) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() programId: string;
  @Field(() => Int, { nullable: true, description: 'Required unless studentIds names the cohort' }) @IsOptional() @Min(1) @Max(1000) headcount?: number;
  @Field(() => [ID], { nullable: true, description: "The cohort, in the university's priority order" })
  @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) studentIds?: string[];
  @Field(() => CohortRule, { nullable: true, description: 'How a cohort larger than the free seats is split (default PRIORITY)' })
  @IsOptional() @IsEnum(CohortRule) splitRule?: CohortRule;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() partnerRequestId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@ArgsType()
export class BookingsArgs extends PageArgs {
  @Field(() => BookingStatus, { nullable: true }) @IsOptional() @IsEnum(BookingStatus) status?: BookingStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() offerId?: string;
}

@InputType()
export class ApplyToOfferInput {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => ID, { nullable: true, description: 'Required when the offer has several sessions or periods' }) @IsOptional() @IsUUID() slotId?: string;
  @Field() @IsString() @Length(1, 5000) motivation: string;
  @Field(() => Int, { description: 'Your rank of this offer, 1 = first choice' }) @Min(1) @Max(100) rank: number;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() offerId?: string;
  @Field(() => ApplicationStatus, { nullable: true }) @IsOptional() @IsEnum(ApplicationStatus) status?: ApplicationStatus;
}

@ArgsType()
export class MyApplicationsArgs extends PageArgs {
  @Field(() => ApplicationStatus, { nullable: true }) @IsOptional() @IsEnum(ApplicationStatus) status?: ApplicationStatus;
}

export { IdArgs } from '../../common/id.args';
import { IdArgs } from '../../common/id.args';

@ArgsType()
export class IdNoteArgs extends IdArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@ArgsType()
export class RankApplicantArgs extends IdArgs {
  @Field(() => Int, { description: '1 = best' }) @Min(1) @Max(100000) rank: number;
}

@ArgsType()
export class RankMyApplicationsArgs {
  @Field(() => [ID], { description: 'Your applications in your new order, first choice first; the ones you leave out follow in their old order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'every application id must be a UUID' })
  applicationIds: string[];
}
