import { DomainError } from '../common/domain-error';
import { HistoryService } from '../history/history.service';
import { OutboxService } from '../outbox/outbox.service';
import { ApplicationStatus } from './application.entity';
import { APPLICATION_TRANSITIONS, ApplicationLifecycle } from './application.lifecycle';

describe('application lifecycle', () => {
  const lifecycle = new ApplicationLifecycle({} as HistoryService, {} as OutboxService);

  it('lets a student withdraw from every state before completion', () => {
    for (const from of [
      ApplicationStatus.SUBMITTED,
      ApplicationStatus.SHORTLISTED,
      ApplicationStatus.OFFERED,
      ApplicationStatus.WAITLISTED,
      ApplicationStatus.VIRTUAL,
      ApplicationStatus.ACCEPTED,
    ]) {
      expect(lifecycle.canMove(from, ApplicationStatus.WITHDRAWN)).toBe(true);
    }
  });

  it('keeps final states final', () => {
    for (const from of [ApplicationStatus.DECLINED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN])
      expect(APPLICATION_TRANSITIONS[from]).toHaveLength(0);
  });

  it('accepts only an offered seat', () => {
    const into = Object.values(ApplicationStatus).filter((from) => lifecycle.canMove(from, ApplicationStatus.ACCEPTED));
    expect(into).toEqual([ApplicationStatus.OFFERED]);
  });

  it('refuses accepting without an offer, with a coded error', () => {
    expect(() => lifecycle.assertMove(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED)).toThrow(DomainError);
    expect.assertions(4);
    try {
      lifecycle.assertMove(ApplicationStatus.REJECTED, ApplicationStatus.OFFERED);
    } catch (e) {
      expect((e as DomainError).code).toBe('INVALID_TRANSITION');
      expect((e as DomainError).reason).toBe('INVALID_TRANSITION');
      expect((e as DomainError).details).toEqual({ entity: 'Application', from: 'REJECTED', to: 'OFFERED' });
    }
  });

  it('lists every status', () => {
    expect(Object.keys(APPLICATION_TRANSITIONS).sort()).toEqual(Object.values(ApplicationStatus).sort());
  });
});
