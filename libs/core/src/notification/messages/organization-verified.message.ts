import { MessageTemplate, n } from './wording';

/** ORGANIZATION_VERIFIED: told to the organization's admins. */
export const organizationVerified: MessageTemplate<{ name: string; isCompany: boolean }> = (f) => ({
  title: `${n(f.name)} is verified on Practicum`,
  paragraphs: [
    `${n(f.name)} has been verified by the Practicum team.`,
    f.isCompany ? 'Your published offers are now visible to students.' : 'Your students can now register and apply.',
  ],
});
