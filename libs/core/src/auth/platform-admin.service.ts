import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { Repository } from 'typeorm';
import { Member, MemberRole, MemberStatus, membersByEmail } from '../member/member.entity';
import { AuthService } from './auth.service';

/** Creates the platform admin named by configuration when it does not exist yet. */
@Injectable()
export class PlatformAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PlatformAdminService.name);

  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.PLATFORM_ADMIN_EMAIL.toLowerCase();
    const exists = await membersByEmail(this.members, email).getExists();
    if (exists) return;
    const passwordHash = await this.auth.hashPassword(this.config.PLATFORM_ADMIN_PASSWORD);
    await this.members
      .createQueryBuilder()
      .insert()
      .values({
        email,
        fullName: 'Platform admin',
        passwordHash,
        role: MemberRole.PLATFORM_ADMIN,
        status: MemberStatus.ACTIVE,
      })
      .orIgnore()
      .execute();
    this.logger.log(`Platform admin ${email} created`);
  }
}
