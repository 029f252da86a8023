const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Free text another organization or person wrote (a booking note, a motivation), shown as a quotation of them. */
export interface MailQuote {
  from: string;
  quote: string;
}

export type MailParagraph = string | MailQuote;

/**
 * A name someone else chose (an organization, a program, an offer, a person), made inert for mail
 * clients: the "defang" convention of security advisories. `://` becomes `[:]//` and the dots of
 * anything that looks like a domain or an address become `[.]`, so no client turns the name
 * into a link ("Acme.com Support" reads "Acme[.]com Support"); every other name is unchanged.
 * Line breaks are refused at input; any left become spaces.
 */
export function plainName(value: string): string {
  return defang(value.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

const defang = (value: string) =>
  value.replace(/:\/\//g, '[:]//').replace(/([\p{L}\p{N}_-])\.(?=[\p{L}\p{N}_-]{2,})/gu, '$1[.]');

const quoteHeading = (q: MailQuote) => `Note from ${plainName(q.from)} (not written by Practicum):`;

/** The text form of a paragraph, also used for in-app notifications. */
export function paragraphText(p: MailParagraph): string {
  if (typeof p === 'string') return p;
  return [
    quoteHeading(p),
    ...defang(p.quote)
      .split(/\r\n?|\n/)
      .map((l) => `> ${l}`),
  ].join('\n');
}

/**
 * Builds text and HTML bodies from paragraphs; every value a user wrote is HTML-escaped, names
 * are made inert with `plainName` (the caller passes them through it), and quotations of other
 * people's free text are set apart: a heading saying who wrote it, then the text as a quote
 * block, its links made inert too.
 */
export function renderMail(
  subject: string,
  greetingName: string,
  paragraphs: MailParagraph[],
  action?: { label: string; url: string },
): RenderedMail {
  const text = [
    `Hello ${plainName(greetingName)},`,
    '',
    ...paragraphs.flatMap((p) => [paragraphText(p), '']),
    ...(action ? [`${action.label}: ${action.url}`, ''] : []),
    '— Practicum',
  ].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(plainName(greetingName))},</p>`,
    ...paragraphs.map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p)}</p>`
        : `<p>${escapeHtml(quoteHeading(p))}</p>\n<blockquote style="border-left:3px solid #ccc;margin:0 0 1em;padding-left:1em;color:#444">${escapeHtml(
            defang(p.quote),
          )
            .split(/\r\n?|\n/)
            .join('<br>')}</blockquote>`,
    ),
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : '',
    '<p>— Practicum</p>',
  ].join('\n');
  return { subject: plainSubject(subject), text, html };
}

/** A subject is one line whatever went into it. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const plainSubject = (subject: string) => subject.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
