import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { LoginThrottle } from './login-throttle.service';
import { AuthResolver, MemberResolver, OrganizationResolver, ProgramResolver } from './identity.resolver';

@Module({
  imports: [IdentityModule],
  providers: [LoginThrottle, AuthResolver, OrganizationResolver, MemberResolver, ProgramResolver],
})
export class IdentityApiModule {}
