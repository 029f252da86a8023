import { ArgsType, Field } from '@nestjs/graphql';
import { DeliveryStatus } from '@practicum/core';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStatus, { nullable: true }) @IsOptional() @IsEnum(DeliveryStatus) status?: DeliveryStatus;
}
