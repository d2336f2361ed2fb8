/** Malformed input: names the file and the place, says what happened and what to do. */
export class SourceError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, message: string, place: { line?: number; column?: number; cause?: unknown } = {}) {
    const where = [file, place.line, place.line !== undefined ? place.column : undefined].filter((part) => part !== undefined).join(":");
    super(`${where}: ${message}`, { cause: place.cause });
    this.name = "SourceError";
    this.file = file;
    this.line = place.line;
    this.column = place.column;
  }
}

/** 1-based line and column of an offset in a text. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Several SourceErrors found in one pass, so the person running the build sees every bad file at once.
 * Its message lists them, one per line, in file order.
 *
 * Example: new SourceErrors([a.md:3: date "2021-02-30"…, b.md:1: the file is empty…]).message →
 * "2 errors in 2 files:\na.md:3: date…\nb.md:1: the file is empty…"
 */
export class SourceErrors extends Error {
  readonly errors: SourceError[];

  constructor(errors: SourceError[]) {
    const files = new Set(errors.map((error) => error.file)).size;
    const count = `${errors.length} ${errors.length > 1 ? "errors" : "error"} in ${files} ${files > 1 ? "files" : "file"}`;
    super(`${count}:\n${errors.map((error) => error.message).join("\n")}`);
    this.name = "SourceErrors";
    this.errors = errors;
  }

  /** The SourceErrors inside any mix of SourceError, SourceErrors and other values; undefined when one is not a SourceError. */
  static collect(failures: unknown[]): SourceError[] | undefined {
    const found: SourceError[] = [];
    for (const failure of failures) {
      if (failure instanceof SourceErrors) found.push(...failure.errors);
      else if (failure instanceof SourceError) found.push(failure);
      else return undefined;
    }
    return found;
  }
}
