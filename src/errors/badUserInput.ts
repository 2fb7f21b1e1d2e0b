import { AppError } from './AppError.js';
import { ErrorCode } from './ErrorCode.js';

export function badUserInput(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.BadUserInput, message, details);
}
