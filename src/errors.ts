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
