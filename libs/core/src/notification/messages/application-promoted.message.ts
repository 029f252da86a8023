import { MailParagraph } from '../../mail/templates';
import { applicationChange, ApplicationChangeFacts } from './application-change';
import { MessageTemplate, n, when } from './wording';

/** APPLICATION_PROMOTED: an onsite seat freed up and is held for a waitlisted student until the hold expires. */
export const applicationPromoted: MessageTemplate<ApplicationChangeFacts> = (f, c) => {
  const until = when(f.application.holdExpiresAt ?? new Date());
  const lines: MailParagraph[] = [
    `An onsite seat of ${n(f.offer.title)} has freed up and it is held for you until ${until}.`,
    'Accept the offer before then to take it; after that it goes to the next person on the waitlist.',
  ];
  if (f.application.holdsVirtualSeat) lines.push('When you accept, you leave your virtual place.');
  return applicationChange(f, c, {
    title: `${n(f.offer.title)}: an onsite seat is yours if you accept by ${until}`,
    lines,
  });
};
