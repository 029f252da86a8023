import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from '../outbox/outbox.module';
import { Member } from './member.entity';
import { MemberService } from './member.service';

@Module({
  imports: [AuthModule, OutboxModule, TypeOrmModule.forFeature([Member])],
  providers: [MemberService],
  exports: [MemberService],
})
export class MemberModule {}
