import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Sends email through SMTP_URL; no rendering here, only I/O. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // One pooled connection set per worker instead of a new SMTP handshake per message.
    const url = new URL(config.SMTP_URL);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    this.transport = createTransport(url.toString());
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    return info.messageId;
  }

  onModuleDestroy() {
    this.transport.close();
  }
}
