const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Builds text and HTML bodies from paragraphs; every value a user wrote is HTML-escaped. */
export function renderMail(subject: string, greetingName: string, paragraphs: string[], action?: { label: string; url: string }): RenderedMail {
  const text = [`Hello ${greetingName},`, '', ...paragraphs.flatMap((p) => [p, '']), ...(action ? [`${action.label}: ${action.url}`, ''] : []), '— Practicum'].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(greetingName)},</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : '',
    '<p>— Practicum</p>',
  ].join('\n');
  return { subject, text, html };
}
