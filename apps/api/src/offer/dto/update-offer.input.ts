import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { StudyLevel } from '@practicum/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';
import { SlotInput, VirtualTwinInput } from './create-offer.input';

@InputType()
export class SlotCapacityInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => Int) @Min(1) @Max(10000) capacity: number;
}

@InputType()
export class UpdateOfferInput {
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineName(3, 200) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @Field(() => [String], { nullable: true, description: TOPIC_LIST_DESCRIPTION })
  @IsOptional()
  @IsTopicList()
  topics?: string[];
  @Field(() => [StudyLevel], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @IsEnum(StudyLevel, { each: true })
  eligibleLevels?: StudyLevel[];
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() applicationDeadline?: Date;
  @Field(() => [SlotCapacityInput], {
    nullable: true,
    description: 'Capacity can grow; it shrinks only down to the seats taken',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SlotCapacityInput)
  slotCapacities?: SlotCapacityInput[];
  @Field(() => [SlotInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  addSlots?: SlotInput[];
  @Field(() => VirtualTwinInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VirtualTwinInput)
  virtualTwin?: VirtualTwinInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() removeVirtualTwin?: boolean;
}
