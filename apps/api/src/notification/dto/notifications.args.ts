import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { NotificationPreferenceInput } from './notification-preference.input';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() unreadOnly: boolean = false;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID]) @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'ids must be UUIDs' }) ids: string[];
}

@ArgsType()
export class PreferencesArgs {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
