import { renderMail } from './templates';

describe('renderMail', () => {
  it('escapes what users wrote in the HTML body and keeps it as given in the text body', () => {
    const mail = renderMail('Hi', '<b>Ada</b>', ['Org "A&B" <script>x</script>'], { label: 'Open', url: 'http://x/?a=1&b=2' });
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('href="http://x/?a=1&amp;b=2"');
    expect(mail.text).toContain('Org "A&B" <script>x</script>');
    expect(mail.text).toContain('Open: http://x/?a=1&b=2');
  });
});
