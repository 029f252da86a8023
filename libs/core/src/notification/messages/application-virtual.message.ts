import { ApplicationChangeFacts, applicationStatusMessage } from './application-change';
import { MessageTemplate } from './wording';

/** APPLICATION_VIRTUAL: the student's application is now virtual. */
export const applicationVirtual: MessageTemplate<ApplicationChangeFacts> = applicationStatusMessage;
