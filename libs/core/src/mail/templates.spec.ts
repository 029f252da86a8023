import { paragraphText, plainName, renderMail } from './templates';

describe('renderMail', () => {
  it('escapes what users wrote in the HTML body and keeps it as given in the text body', () => {
    const mail = renderMail('Hi', '<b>Ada</b>', ['Org "A&B" <script>x</script>'], {
      label: 'Open',
      url: 'http://x/?a=1&b=2',
    });
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('href="http://x/?a=1&amp;b=2"');
    expect(mail.text).toContain('Org "A&B" <script>x</script>');
    expect(mail.text).toContain('Open: http://x/?a=1&b=2');
  });
});

describe("no stranger's text in Practicum's mail", () => {
  it('makes names inert: no scheme or domain a mail client would turn into a link, ordinary names untouched', () => {
    expect(plainName('Acme http://evil.example/login')).toBe('Acme http[:]//evil[.]example/login');
    expect(plainName('Visit www.evil.com now')).toBe('Visit www[.]evil[.]com now');
    expect(plainName('support@acme.io')).toBe('support@acme[.]io');
    expect(plainName("Zoë O'Brien-Müller, Ph.D.")).toBe("Zoë O'Brien-Müller, Ph.D.");
    expect(plainName('Karolinska Institutet')).toBe('Karolinska Institutet');
    expect(plainName('Two\r\nlines')).toBe('Two lines');
  });

  it('shows the greeting name as plain text in both bodies, and keeps the subject on one line', () => {
    const mail = renderMail('Hi\r\nBcc: x@y.z', 'Eve https://phish.example', ['Body'], {
      label: 'Open',
      url: 'https://practicum.example/a',
    });
    expect(mail.subject).toBe('Hi Bcc: x@y.z');
    expect(mail.text).toContain('Hello Eve https[:]//phish[.]example,');
    expect(mail.html).toContain('Hello Eve https[:]//phish[.]example,');
    expect(mail.text).not.toContain('https://phish');
    expect(mail.html).not.toContain('https://phish');
    expect(mail.html.match(/<a /g)).toHaveLength(1);
  });

  it("quotes another organization's free text as theirs, escaped, with its links made inert", () => {
    const note = 'Please call us\nat http://evil.example <b>now</b>';
    const mail = renderMail('Booking request', 'Ada', [
      'UCL asks for 3 seats.',
      { from: 'UCL http://x.example', quote: note },
    ]);
    expect(mail.text).toContain(
      'Note from UCL http[:]//x[.]example (not written by Practicum):\n> Please call us\n> at http[:]//evil[.]example <b>now</b>',
    );
    expect(mail.html).toContain('<p>Note from UCL http[:]//x[.]example (not written by Practicum):</p>');
    expect(mail.html).toContain('<blockquote');
    expect(mail.html).toContain('Please call us<br>at http[:]//evil[.]example &lt;b&gt;now&lt;/b&gt;</blockquote>');
    expect(mail.html).not.toContain('http://evil');
    expect(paragraphText({ from: 'UCL', quote: 'a\r\nb' })).toBe('Note from UCL (not written by Practicum):\n> a\n> b');
  });
});
