// Types for the part of js-yaml 4 used here (installed with Eleventy; no @types package in the project).
declare module "js-yaml" {
  export interface Mark {
    line: number;
    column: number;
    position: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  export const JSON_SCHEMA: unknown;
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown; filename?: string; json?: boolean }): unknown;
}
