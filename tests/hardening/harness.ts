// Shared by the hardening tests: write article folders, run the real build command from anywhere, hash a built site.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, lstatSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/build-site.ts";

/** tsx as an absolute URL, so the build command also starts from a working directory outside the project. */
const TSX = import.meta.resolve("tsx");
const BUILD = path.join(ROOT, "src/cli/build.ts");

/** A fixed build day, so that the future-date check never depends on the clock of the test machine. */
export const TODAY = "2026-01-15";

/** Runs the real build command with `--today` fixed; `env` values that are undefined are removed from the environment. */
export function build(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const result = spawnSync(process.execPath, ["--import", TSX, BUILD, "--today", TODAY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: environment(options.env),
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the real build command without waiting for it. */
export function startBuild(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", TSX, BUILD, "--today", TODAY, ...args], { cwd: ROOT, env: environment(), stdio: "ignore" });
}

function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
  return env;
}

/** Writes `files` (relative path → text or bytes) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A well-formed article whose body gives the extractor one dated event. */
export function goodArticle(title: string, date: string, sentence = "Le 3 mars 2021, Moscou a expulsé deux diplomates américains."): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: "${date}"\nsource: "Le Monde"\n---\n\n${sentence}\n`;
}

/** Relative path → SHA-256 of every file under `dir` (symbolic links by their target), sorted by path. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const names = readdirSync(dir, { recursive: true }).map(String).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    if (stat.isFile()) hashes[name] = createHash("sha256").update(readFileSync(file)).digest("hex");
    else if (stat.isSymbolicLink()) hashes[name] = "symlink";
  }
  return hashes;
}

/** Paths of the files under `dir` that end with `extension`. */
export function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith(extension)).sort();
}
