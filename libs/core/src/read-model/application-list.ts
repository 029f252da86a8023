import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Application, ApplicationStatus } from '../application/application.entity';
import { decodeCursor, encodeCursor, Page, pageOf } from '../common/cursor';
import { StatusChange } from '../history/status-change.entity';
import { Member } from '../member/member.entity';
import { Program } from '../program/program.entity';
import { entityFromJson, rowJson } from './hydrate';

/** What a list of applications loads with each one, so that a page costs one statement. */
export interface ApplicationRelations {
  student: Member | null;
  /** The student's program. */
  program: Program | null;
  /** Status changes, oldest first. */
  history: StatusChange[];
}

export type ApplicationHit = Application & { related?: ApplicationRelations };

/** One page of applications: which rows (a condition the caller's access rules chose) and in which order. */
export interface ApplicationPageQuery {
  where: string;
  params: Record<string, unknown>;
  first: number;
  after?: string | null;
  offerId?: string;
  status?: ApplicationStatus;
  order: 'rank' | 'companyRank' | 'created';
}

interface ApplicationPageRow {
  application: Record<string, unknown>;
  sort_key: string;
  student: Record<string, unknown> | null;
  program: Record<string, unknown> | null;
  history: Record<string, unknown>[];
}

/** The application lists: a keyset page with each application's student (never its hashes), program and history in one statement. */
@Injectable()
export class ApplicationList {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    private readonly dataSource: DataSource,
  ) {}

  async page(q: ApplicationPageQuery): Promise<Page<ApplicationHit>> {
    const sortExpr =
      q.order === 'rank'
        ? 'a.rank'
        : q.order === 'companyRank'
          ? `coalesce(a."companyRank", 2147483647)`
          : `extract(epoch from a."createdAt")`;
    const qb = this.applications.createQueryBuilder('a').where(q.where, q.params);
    if (q.offerId) qb.andWhere('a."offerId" = :offerId', { offerId: q.offerId });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.after) {
      const [value, id] = decodeCursor(q.after, 'number');
      qb.andWhere(`(${sortExpr}, a.id) > (CAST(:cv AS numeric), CAST(:cid AS uuid))`, { cv: value, cid: id });
    }
    qb.select(rowJson(this.dataSource, Application, 'a'), 'application')
      .addSelect('a.id', 'id')
      .addSelect('a."studentId"', 'student_id');
    qb.addSelect(`${sortExpr}::text`, 'sort_key')
      .addSelect(sortExpr, 'sort_value')
      .orderBy(sortExpr, 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(q.first + 1);
    const [pageSql, parameters] = qb.getQueryAndParameters();
    const rows: ApplicationPageRow[] = await this.dataSource.query(
      `SELECT page.application, page.sort_key,
         CASE WHEN m.id IS NOT NULL THEN ${rowJson(this.dataSource, Member, 'm')} END AS student,
         CASE WHEN p.id IS NOT NULL THEN ${rowJson(this.dataSource, Program, 'p')} END AS program,
         (SELECT coalesce(json_agg(${rowJson(this.dataSource, StatusChange, 'h')} ORDER BY h.at, h.id), '[]') FROM status_change h WHERE h."subjectId" = page.id) AS history
       FROM (${pageSql}) page
       LEFT JOIN member m ON m.id = page.student_id
       LEFT JOIN program p ON p.id = m."programId"
       ORDER BY page.sort_value ASC, page.id ASC`,
      parameters,
    );
    return pageOf(rows, q.first, (row) => {
      const node: ApplicationHit = entityFromJson(this.dataSource, Application, row.application);
      node.related = {
        student: row.student ? entityFromJson(this.dataSource, Member, row.student) : null,
        program: row.program ? entityFromJson(this.dataSource, Program, row.program) : null,
        history: row.history.map((h) => entityFromJson(this.dataSource, StatusChange, h)),
      };
      return { node, cursor: encodeCursor(row.sort_key, node.id) };
    });
  }
}
