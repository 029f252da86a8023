import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { MemberModule } from '../member/member.module';
import { OutboxModule } from '../outbox/outbox.module';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

@Module({
  imports: [AuthModule, MemberModule, OutboxModule, TypeOrmModule.forFeature([Organization])],
  providers: [OrganizationService],
  exports: [OrganizationService],
})
export class OrganizationModule {}
