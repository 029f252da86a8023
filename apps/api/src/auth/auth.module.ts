import { Module } from '@nestjs/common';
import { AuthModule, MemberModule, OrganizationModule } from '@practicum/core';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle.service';

@Module({ imports: [AuthModule, MemberModule, OrganizationModule], providers: [LoginThrottle, AuthResolver] })
export class AuthApiModule {}
