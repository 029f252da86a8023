import { Field, InputType } from '@nestjs/graphql';
import { WEBHOOK_EVENTS } from '@practicum/core';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsUrl, MaxLength } from 'class-validator';

@InputType()
export class RegisterWebhookInput {
  @Field({ description: 'An http(s) URL that answers 2xx to a signed POST' })
  @MaxLength(1000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  url: string;

  @Field(() => [String], { description: `Events to receive: ${WEBHOOK_EVENTS.join(', ')}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `each event must be one of ${WEBHOOK_EVENTS.join(', ')}` })
  events: string[];
}
