import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdArgs } from '../../common/id.args';

@ArgsType()
export class RerunMatchRoundArgs extends IdArgs {
  @Field(() => Float, { nullable: true, description: 'A new lottery seed; the recorded one when absent' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4294967295)
  seed?: number;
}
