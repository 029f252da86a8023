import { Field, InputType } from '@nestjs/graphql';
import { NotificationType } from '@practicum/core';
import { IsBoolean, IsEnum } from 'class-validator';

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationType) @IsEnum(NotificationType) type: NotificationType;
  @Field() @IsBoolean() inApp: boolean;
  @Field() @IsBoolean() email: boolean;
}
