import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryModule } from '../history/history.module';
import { OfferModule } from '../offer/offer.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ApplicationList } from '../read-model/application-list';
import { Application } from './application.entity';
import { ApplicationLifecycle } from './application.lifecycle';
import { ApplicationService } from './application.service';

@Module({
  imports: [HistoryModule, OutboxModule, OfferModule, TypeOrmModule.forFeature([Application])],
  providers: [ApplicationList, ApplicationService, ApplicationLifecycle],
  exports: [ApplicationList, ApplicationService, ApplicationLifecycle],
})
export class ApplicationModule {}
