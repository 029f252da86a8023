import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { StatusChange } from './status-change.entity';

export type HistorySubject = StatusChange['subjectType'];
export type HistoryRow = Pick<
  StatusChange,
  'subjectType' | 'subjectId' | 'fromStatus' | 'toStatus' | 'actorId' | 'note'
>;

@Injectable()
export class HistoryService {
  constructor(@InjectRepository(StatusChange) private readonly changes: Repository<StatusChange>) {}

  record(
    manager: EntityManager,
    subjectType: StatusChange['subjectType'],
    subjectId: string,
    fromStatus: string | null,
    toStatus: string,
    actorId: string | null,
    note: string | null = null,
  ): Promise<StatusChange> {
    return manager.getRepository(StatusChange).save({ subjectType, subjectId, fromStatus, toStatus, actorId, note });
  }

  /** Many rows in one statement (a match round's moves). */
  async recordMany(manager: EntityManager, rows: HistoryRow[]): Promise<void> {
    if (rows.length) await manager.getRepository(StatusChange).insert(rows);
  }

  /** Every change of the subjects, oldest first, grouped by subject id. */
  async forSubjects(subjectIds: readonly string[]): Promise<StatusChange[][]> {
    const rows = await this.changes.find({
      where: { subjectId: In([...subjectIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const bySubject = new Map<string, StatusChange[]>();
    for (const row of rows) {
      const list = bySubject.get(row.subjectId);
      if (list) list.push(row);
      else bySubject.set(row.subjectId, [row]);
    }
    return subjectIds.map((id) => bySubject.get(id) ?? []);
  }
}
