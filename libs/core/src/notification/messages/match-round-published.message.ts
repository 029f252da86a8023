import { MessageTemplate } from './wording';

/** MATCH_ROUND_PUBLISHED: a company's summary of its applicants (a university hears of it by webhook only: no summary). */
export const matchRoundPublished: MessageTemplate<{ summary: { offered: number; applicants: number } | null }> = (
  f,
) => ({
  title: 'Match round published',
  paragraphs: f.summary
    ? [`The match round placed ${f.summary.offered} of ${f.summary.applicants} applicants to your offers.`]
    : [],
});
