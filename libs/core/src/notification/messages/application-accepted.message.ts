import { applicationChange, ApplicationChangeFacts, statusLine } from './application-change';
import { entryRequirementsText, MessageTemplate, when } from './wording';

/** APPLICATION_ACCEPTED: the confirmation; of an onsite seat of a site visit, with the session's place and calendar invitation. */
export const applicationAccepted: MessageTemplate<ApplicationChangeFacts> = (f, c) => {
  const visit = f.visit;
  if (!visit) return applicationChange(f, c, { lines: [statusLine(f)] });
  const message = applicationChange(f, c, {
    title: `${f.offer.title}: your place is confirmed`,
    lines: [
      `Your place at ${f.offer.title} on ${when(visit.startsAt)}${visit.location ? ` at ${visit.location}` : ''} is confirmed.`,
    ],
  });
  return {
    ...message,
    paragraphs: [...message.paragraphs, entryRequirementsText(visit.facility), 'The calendar invitation is attached.'],
    calendar: visit.calendar,
  };
};
