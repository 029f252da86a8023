import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class RecommendedOffersArgs {
  @Field(() => ID) @IsUUID() requestId: string;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) first = 10;
}

@ArgsType()
export class RecommendedRequestsArgs {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) first = 10;
}
