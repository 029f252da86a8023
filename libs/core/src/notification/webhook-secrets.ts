import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataCipher } from '../common/data-cipher';

/** Associated data of sealed webhook secrets. */
export const WEBHOOK_SECRET_PURPOSE = 'webhook-endpoint.secret';

/**
 * Seals, at start-up, every webhook secret still stored in clear (rows from before secrets were
 * encrypted; a migration cannot do it, having no key). Idempotent and safe with several processes:
 * a row is only rewritten while it still holds the clear value read.
 */
@Injectable()
export class WebhookSecretSealer implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookSecretSealer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.sealClearSecrets();
    if (sealed) this.logger.log(`Encrypted ${sealed} webhook secrets stored in clear`);
  }

  async sealClearSecrets(): Promise<number> {
    const rows: { id: string; secret: string }[] = await this.dataSource.query(
      `SELECT id, secret FROM webhook_endpoint WHERE secret NOT LIKE 'enc:%'`,
    );
    let sealed = 0;
    for (const { id, secret } of rows) {
      const [, count] = await this.dataSource.query<[unknown, number]>(
        `UPDATE webhook_endpoint SET secret = $1 WHERE id = $2 AND secret = $3`,
        [this.cipher.seal(secret, WEBHOOK_SECRET_PURPOSE), id, secret],
      );
      sealed += count;
    }
    return sealed;
  }
}
