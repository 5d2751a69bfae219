/** A problem in the content, named by file (relative to the content folder) and line. */
export type ContentError = {
  file: string;
  line?: number;
  message: string;
};

export function formatContentError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return `${where}: ${error.message}`;
}

/** Thrown once per build with every problem found, so an author sees them all at once. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const lines = errors.map(formatContentError);
    super(
      `The atlas content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        lines.map((line) => `  ${line}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
