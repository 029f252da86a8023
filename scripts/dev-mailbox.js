// A local SMTP catcher for development without Docker: keeps every message as .run/mail/*.eml.
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const dir = path.resolve(__dirname, '..', '.run', 'mail');
mkdirSync(dir, { recursive: true });
const port = Number(process.env.MAILBOX_PORT || 1025);
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const file = path.join(dir, `${Date.now()}-${++count}.eml`);
      writeFileSync(file, Buffer.concat(chunks));
      console.log(`mail to ${session.envelope.rcptTo.map((r) => r.address).join(', ')} -> ${file}`);
      callback();
    });
  },
});
server.on('error', (error) => console.error(`dev mailbox: ${error.message}`));
server.listen(port, '127.0.0.1', () => console.log(`dev mailbox listening on smtp://127.0.0.1:${port}`));
