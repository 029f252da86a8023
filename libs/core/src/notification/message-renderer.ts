import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { MessageContext, MessageFacts, MESSAGES, NotificationMessage } from './messages';
import { NotificationType } from './notification-type';

/** The one renderer: a notification type's message module, applied to the facts the planner loaded. */
@Injectable()
export class MessageRenderer {
  private readonly context: MessageContext;

  constructor(config: AppConfig) {
    this.context = { link: (path) => `${config.publicUrl}${path}` };
  }

  render<T extends NotificationType>(type: T, facts: MessageFacts[T]): NotificationMessage {
    return (MESSAGES[type] as (facts: MessageFacts[T], context: MessageContext) => NotificationMessage)(
      facts,
      this.context,
    );
  }
}
