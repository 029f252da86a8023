import { Module } from '@nestjs/common';
import { IdentityModule } from '@practicum/core';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle.service';

@Module({ imports: [IdentityModule], providers: [LoginThrottle, AuthResolver] })
export class AuthApiModule {}


