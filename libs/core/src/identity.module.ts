import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { PlatformAdminService } from './auth/platform-admin.service';
import { Member } from './member/member.entity';
import { MemberService } from './member/member.service';
import { Organization } from './organization/organization.entity';
import { OrganizationService } from './organization/organization.service';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { OutboxService } from './outbox/outbox.service';
import { Program } from './program/program.entity';
import { ProgramService } from './program/program.service';
import { PasswordReset } from './auth/password-reset.entity';
import { PasswordResetService } from './auth/password-reset.service';

/** Organizations, members, programs and sign-in: the services every other feature builds on. */
@Module({
  imports: [AuthModule, TypeOrmModule.forFeature([Organization, Member, Program, OutboxEvent, PasswordReset])],
  providers: [OrganizationService, MemberService, ProgramService, OutboxService, PlatformAdminService, PasswordResetService],
  exports: [AuthModule, OrganizationService, MemberService, ProgramService, OutboxService, PasswordResetService],
})
export class IdentityModule {}
