import { ApplicationChangeFacts, applicationStatusMessage } from './application-change';
import { MessageTemplate } from './wording';

/** APPLICATION_REJECTED: the student's application is now rejected. */
export const applicationRejected: MessageTemplate<ApplicationChangeFacts> = applicationStatusMessage;
