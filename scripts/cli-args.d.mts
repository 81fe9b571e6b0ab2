import type { ParseArgsConfig, parseArgs } from 'node:util';

/** `util.parseArgs(config)`, failing with a French message. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>>;
