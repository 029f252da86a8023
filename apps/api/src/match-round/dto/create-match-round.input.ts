import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class CreateMatchRoundInput {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) offerIds: string[];
  @Field(() => Float, { nullable: true, description: 'Lottery seed (0..4294967295); drawn at random when absent' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4294967295)
  seed?: number;
}
