import type { ParseArgsConfig, parseArgs } from 'node:util';

/** `util.parseArgs(config)`, failing with a French message. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>>;

/** `--help`: the script's opening comment (its lines 2 to `end`), then exit. */
export function printHelp(scriptUrl: string, end: number): never;
