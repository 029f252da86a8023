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
    this.transport = createTransport(config.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    return info.messageId;
  }

  onModuleDestroy() {
    this.transport.close();
  }
}
