import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ApplicationStatus } from '@practicum/core';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IdArgs } from '../../common/id.args';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() offerId?: string;
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}

@ArgsType()
export class MyApplicationsArgs extends PageArgs {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}

@ArgsType()
export class RankApplicantArgs extends IdArgs {
  @Field(() => Int, { description: '1 = best' }) @Min(1) @Max(100000) rank: number;
}

@ArgsType()
export class RankMyApplicationsArgs {
  @Field(() => [ID], {
    description:
      'Your applications in your new order, first choice first; the ones you leave out follow in their old order',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'every application id must be a UUID' })
  applicationIds: string[];
}
