import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OfferKind, SeatAllocation, StudyLevel, VirtualFormat } from '@practicum/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';

@InputType()
export class SlotInput {
  @Field() @Type(() => Date) @IsDate() startsAt: Date;
  @Field() @Type(() => Date) @IsDate() endsAt: Date;
  @Field(() => Int, { description: 'Onsite seats (sessions) or positions (internships)' })
  @Min(1)
  @Max(10000)
  capacity: number;
}

@InputType()
export class VirtualTwinInput {
  @Field(() => VirtualFormat) @IsEnum(VirtualFormat) format: VirtualFormat;
  @Field(() => Int, { nullable: true, description: 'Leave empty for unlimited' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  capacity?: number;
  @Field() @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }) @MaxLength(500) joinUrl: string;
}

@InputType()
export class PriorityGroupInput {
  @Field() @SingleLineName(2, 300) name: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) programIds: string[] = [];
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) universityIds: string[] =
    [];
  @Field(() => Int) @Min(1) @Max(10000) reservedSeats: number;
}

@InputType()
export class CreateOfferInput {
  @Field(() => ID) @IsUUID() facilityId: string;
  @Field(() => OfferKind) @IsEnum(OfferKind) kind: OfferKind;
  @Field() @SingleLineName(3, 200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(20000) description: string = '';
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] =
    [];
  @Field(() => [StudyLevel])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsEnum(StudyLevel, { each: true })
  eligibleLevels: StudyLevel[];
  @Field() @Type(() => Date) @IsDate() applicationDeadline: Date;
  @Field(() => SeatAllocation, { defaultValue: SeatAllocation.FIRST_COME })
  @IsEnum(SeatAllocation)
  allocation: SeatAllocation = SeatAllocation.FIRST_COME;
  @Field(() => [SlotInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  slots: SlotInput[];
  @Field(() => VirtualTwinInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VirtualTwinInput)
  virtualTwin?: VirtualTwinInput;
  @Field(() => PriorityGroupInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriorityGroupInput)
  priorityGroup?: PriorityGroupInput;
}
