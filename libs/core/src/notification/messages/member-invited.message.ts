import { MessageTemplate, n } from './wording';

/** MEMBER_INVITED: the invitation and its code; sealed at rest, email only. */
export const memberInvited: MessageTemplate<{ organization: string | null; role: string; code: string }> = (
  f,
  { link },
) => {
  const organization = f.organization ? n(f.organization) : 'Practicum';
  return {
    title: `You are invited to ${organization} on Practicum`,
    paragraphs: [
      `You have been invited to join ${organization} as ${f.role.toLowerCase()}.`,
      `Your invitation code is: ${f.code}`,
      'Accept it with the acceptInvitation mutation (or the link below) within 7 days and choose your password.',
    ],
    action: { label: 'Accept the invitation', url: link(`/invitations/${f.code}`) },
  };
};
