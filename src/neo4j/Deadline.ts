import { AppError } from '../errors/AppError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

/** A request's time budget (on the monotonic clock): each query may use what is left of it, and none starts once it is spent. */
export class Deadline {
  private readonly endsAt: number;

  constructor(budgetMs: number) {
    this.endsAt = performance.now() + budgetMs;
  }

  /** Milliseconds left, for a transaction timeout; throws once none are. */
  remainingMs(): number {
    const left = this.endsAt - performance.now();
    if (left <= 0) throw new AppError(ErrorCode.Timeout, 'The request took longer than the allowed time');
    return left;
  }
}
