import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AuthService,
  MemberRole,
  OrganizationKind,
  requireOrganizationKind,
  requireRole,
  UnauthenticatedError,
} from '@practicum/core';
import { ORG_KIND_KEY, PUBLIC_KEY, requestOf, ROLES_KEY } from './access.decorators';
import { readAuthentication } from './request-context';

/**
 * Applied to every operation: private unless marked @Public(), then @Roles() and @OrgKind().
 * Services check ownership again; this guard is the coarse, default-deny layer.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const req = requestOf(context);
    const { actor, error } = await readAuthentication(req, this.auth);
    req.actor = actor;
    if (error && !isPublic) throw error;
    if (isPublic) return true;
    if (!actor) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(ROLES_KEY, targets);
    if (roles) requireRole(actor, ...roles);
    const kind = this.reflector.getAllAndOverride<OrganizationKind | undefined>(ORG_KIND_KEY, targets);
    if (kind) requireOrganizationKind(actor, kind);
    return true;
  }
}
