import { ApplicationChangeFacts, applicationStatusMessage } from './application-change';
import { MessageTemplate } from './wording';

/** APPLICATION_WAITLISTED: the student's application is now waitlisted. */
export const applicationWaitlisted: MessageTemplate<ApplicationChangeFacts> = applicationStatusMessage;
