import { ApplicationChangeFacts, applicationStatusMessage } from './application-change';
import { MessageTemplate } from './wording';

/** APPLICATION_OFFERED: the student's application is now offered. */
export const applicationOffered: MessageTemplate<ApplicationChangeFacts> = applicationStatusMessage;
