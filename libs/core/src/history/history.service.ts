import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { StatusChange } from './status-change.entity';

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

  /** Every change of the subjects, oldest first, grouped by subject id. */
  async forSubjects(subjectIds: readonly string[]): Promise<StatusChange[][]> {
    const rows = await this.changes.find({ where: { subjectId: In([...subjectIds]) }, order: { at: 'ASC', id: 'ASC' } });
    const bySubject = new Map<string, StatusChange[]>();
    for (const row of rows) bySubject.set(row.subjectId, [...(bySubject.get(row.subjectId) ?? []), row]);
    return subjectIds.map((id) => bySubject.get(id) ?? []);
  }
}
