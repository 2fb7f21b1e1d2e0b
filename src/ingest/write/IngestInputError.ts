/** Facts that cannot be written as given; the message names what is wrong. */
export class IngestInputError extends Error {
  constructor(message: string, readonly issues: string[] = []) {
    super(message);
  }
}
