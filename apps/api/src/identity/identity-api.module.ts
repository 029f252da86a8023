import { Module } from '@nestjs/common';
import { AuthModule, MemberModule, OrganizationModule, ProgramModule } from '@practicum/core';
import { LoginThrottle } from './login-throttle.service';
import { AuthResolver, MemberResolver, OrganizationResolver, ProgramResolver } from './identity.resolver';

@Module({
  imports: [AuthModule, OrganizationModule, MemberModule, ProgramModule],
  providers: [LoginThrottle, AuthResolver, OrganizationResolver, MemberResolver, ProgramResolver],
})
export class IdentityApiModule {}
