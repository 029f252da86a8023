import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { AuthResolver, MemberResolver, OrganizationResolver, ProgramResolver } from './identity.resolver';

@Module({
  imports: [IdentityModule],
  providers: [AuthResolver, OrganizationResolver, MemberResolver, ProgramResolver],
})
export class IdentityApiModule {}
