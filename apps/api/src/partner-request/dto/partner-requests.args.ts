import { ArgsType, Field } from '@nestjs/graphql';
import { PartnerRequestStatus } from '@practicum/core';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class PartnerRequestsArgs extends PageArgs {
  @Field(() => PartnerRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerRequestStatus)
  status?: PartnerRequestStatus;
}
