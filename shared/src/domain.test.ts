import { canTransition, ConsignmentStatus as S, nextStatuses, STATUS_FLOW } from './domain';
import { isValidEmail, isValidTimeZone, isUuid } from './validation';

describe('status lifecycle', () => {
  it('moves one step forward along the flow', () => {
    for (let i = 0; i + 1 < STATUS_FLOW.length; i++) expect(canTransition(STATUS_FLOW[i], STATUS_FLOW[i + 1])).toBe(true);
  });

  it('never skips, goes back or leaves a final state', () => {
    expect(canTransition(S.DRAFT, S.PLANNED)).toBe(false);
    expect(canTransition(S.PLANNED, S.TO_PLAN)).toBe(false);
    expect(nextStatuses(S.DELIVERED)).toEqual([]);
    expect(nextStatuses(S.CANCELLED)).toEqual([]);
  });

  it('cancels from any state before DELIVERED', () => {
    for (const s of [S.DRAFT, S.TO_PLAN, S.PLANNED, S.IN_TRANSIT]) expect(canTransition(s, S.CANCELLED)).toBe(true);
    expect(canTransition(S.DELIVERED, S.CANCELLED)).toBe(false);
  });
});

describe('validation', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('checks emails and UUIDs', () => {
    expect(isValidEmail('a.b@example.com')).toBe(true);
    expect(isValidEmail('not-an-email')).toBe(false);
    expect(isValidEmail('a b@example.com')).toBe(false);
    expect(isUuid('8a57ee51-6da3-4701-9284-0e79c148f07f')).toBe(true);
    expect(isUuid('1; DROP TABLE')).toBe(false);
  });
});
