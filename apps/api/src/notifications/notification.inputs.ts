import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DeliveryStatus, NotificationType, WEBHOOK_EVENTS } from '@practicum/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsIn, IsOptional, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/pagination';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() unreadOnly: boolean = false;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID]) @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'ids must be UUIDs' }) ids: string[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationType) @IsEnum(NotificationType) type: NotificationType;
  @Field() @IsBoolean() inApp: boolean;
  @Field() @IsBoolean() email: boolean;
}

@InputType()
export class RegisterWebhookInput {
  @Field({ description: 'An http(s) URL that answers 2xx to a signed POST' })
  @MaxLength(1000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  url: string;

  @Field(() => [String], { description: `Events to receive: ${WEBHOOK_EVENTS.join(', ')}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `each event must be one of ${WEBHOOK_EVENTS.join(', ')}` })
  events: string[];
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStatus, { nullable: true }) @IsOptional() @IsEnum(DeliveryStatus) status?: DeliveryStatus;
}

@ArgsType()
export class PreferencesArgs {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
