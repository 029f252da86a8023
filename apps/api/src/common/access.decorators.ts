import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, MemberRole, OrganizationKind } from '@practicum/core';
import { RequestWithActor } from './request-context';

export const PUBLIC_KEY = 'practicum:public';
export const ROLES_KEY = 'practicum:roles';
export const ORG_KIND_KEY = 'practicum:org-kind';

/** Marks an operation that needs no sign-in; every other one does. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts an operation to members with one of the roles. */
export const Roles = (...roles: MemberRole[]) => SetMetadata(ROLES_KEY, roles);

/** An organization's staff: the roles most company and university operations take. */
export const STAFF = [MemberRole.ADMIN, MemberRole.COORDINATOR] as const;

/** Restricts an operation to members of an organization of this kind. */
export const OrgKind = (kind: OrganizationKind) => SetMetadata(ORG_KIND_KEY, kind);

export function requestOf(context: ExecutionContext): RequestWithActor {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req
    : context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in member (null on a public operation called anonymously). */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null => requestOf(context).actor ?? null,
);
