import { MailParagraph } from '../../mail/templates';
import { applicationChange, ApplicationChangeFacts } from './application-change';
import { MessageTemplate, n } from './wording';

/** APPLICATION_HOLD_EXPIRED: the held seat was not accepted in time and went to the next person. */
export const applicationHoldExpired: MessageTemplate<ApplicationChangeFacts> = (f, c) => {
  const lines: MailParagraph[] = [
    `You did not accept the onsite seat of ${n(f.offer.title)} in time, so it went to the next person on the waitlist.`,
  ];
  if (f.to === 'VIRTUAL') lines.push('You keep your virtual place.');
  return applicationChange(f, c, {
    title: `${n(f.offer.title)}: the seat held for you has gone to the next person`,
    lines,
    withNote: false,
    withWaitlistPromise: false,
  });
};
