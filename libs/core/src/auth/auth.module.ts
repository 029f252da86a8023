import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { Member } from '../member/member.entity';
import { DataCipher } from '../common/data-cipher';
import { OutboxModule } from '../outbox/outbox.module';
import { ActorCache } from './actor-cache';
import { AuthService } from './auth.service';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetService } from './password-reset.service';
import { PlatformAdminService } from './platform-admin.service';

/** Sign-in tokens, passwords and their reset, the platform admin's account, the data cipher. */
@Module({
  imports: [
    OutboxModule,
    TypeOrmModule.forFeature([Member, PasswordReset]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [ActorCache, AuthService, DataCipher, PasswordResetService, PlatformAdminService],
  exports: [ActorCache, AuthService, DataCipher, PasswordResetService],
})
export class AuthModule {}
