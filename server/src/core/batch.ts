import { DomainError, type DomainErrorCode } from './errors';

/** An item of a batch that was not stored, and why: the batch's other items are. */
export interface Refusal {
  /** Its place in the batch, from 0. */
  index: number;
  code: DomainErrorCode;
  message: string;
  /** The input path of the offending value, e.g. "positions[3].recordedAt". */
  field?: string;
}

/** What a batch of positions or scans did: stored, already there, and refused (by index). */
export interface IngestReport {
  accepted: number;
  duplicates: number;
  refused: Refusal[];
}

export const refusalOf = (index: number, error: DomainError): Refusal => ({ index, code: error.code, message: error.message, field: error.field });

/**
 * Checks every item of a batch on its own: the good ones, each with its place in the batch,
 * and a refusal for each one whose check threw a domain error. Anything else still fails the
 * whole batch (it is not the item's fault).
 */
export function checkEach<T, R>(items: readonly T[], check: (item: T, index: number) => R): { good: Array<{ index: number; value: R }>; refused: Refusal[] } {
  const good: Array<{ index: number; value: R }> = [];
  const refused: Refusal[] = [];
  items.forEach((item, index) => {
    try {
      good.push({ index, value: check(item, index) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push(refusalOf(index, error));
    }
  });
  return { good, refused };
}
