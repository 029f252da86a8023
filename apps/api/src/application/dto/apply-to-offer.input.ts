import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType()
export class ApplyToOfferInput {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => ID, { nullable: true, description: 'Required when the offer has several sessions or periods' })
  @IsOptional()
  @IsUUID()
  slotId?: string;
  @Field() @IsString() @Length(1, 5000) motivation: string;
  @Field(() => Int, { description: 'Your rank of this offer, 1 = first choice' }) @Min(1) @Max(100) rank: number;
}
