import { ApplicationChangeFacts, applicationStatusMessage } from './application-change';
import { MessageTemplate } from './wording';

/** APPLICATION_SHORTLISTED: the student's application is now shortlisted. */
export const applicationShortlisted: MessageTemplate<ApplicationChangeFacts> = applicationStatusMessage;
