import { Injectable, Module } from '@nestjs/common';
import { IdentityModule, Member, MemberService, Organization, OrganizationService, Program, ProgramService } from '@practicum/core';
import DataLoader from 'dataloader';

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Per-request batch loaders, so relation fields cost one query per page, not one per row. */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  member: DataLoader<string, Member | null>;
  program: DataLoader<string, Program | null>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly members: MemberService,
    private readonly programs: ProgramService,
  ) {}

  create(): Loaders {
    return {
      organization: byId((ids) => this.organizations.findByIds(ids)),
      member: byId((ids) => this.members.findByIds(ids)),
      program: byId((ids) => this.programs.findByIds(ids)),
    };
  }
}

export interface GqlContext {
  req: import('../common/request-context').RequestWithActor;
  loaders: Loaders;
}

@Module({ imports: [IdentityModule], providers: [LoadersFactory], exports: [LoadersFactory] })
export class LoadersModule {}
