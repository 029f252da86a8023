import { Injectable } from '@nestjs/common';
import { NotificationChannel, PendingDelivery } from '@practicum/core';
import { deliveryJobId, QueueProducer } from '@practicum/queue';

/** Adds one send job per pending delivery; the job id is the delivery id (per retry round), so adding twice is harmless. */
@Injectable()
export class DeliveryEnqueuer {
  constructor(private readonly producer: QueueProducer) {}

  async enqueue(pending: PendingDelivery[]): Promise<void> {
    for (const d of pending) {
      const name = d.channel === NotificationChannel.WEBHOOK ? 'delivery.webhook' : 'delivery.email';
      await this.producer.add(name, { deliveryId: d.id }, deliveryJobId(d.id, d.round));
    }
  }
}
