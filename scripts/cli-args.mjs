// The scripts' command-line options, read by Node's util.parseArgs; its errors, in English, are
// said in French with the way to the script's help.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const messages = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'option inconnue',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'option sans la valeur attendue',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'argument en trop',
};

/** `util.parseArgs(config)`, failing with a French message (`--nope : option inconnue (voir --help)`). */
export function parseCliArgs(config) {
  try {
    return parseArgs(config);
  } catch (error) {
    const what = messages[error?.code];
    if (!what) throw error;
    const option = /'([^']+)'/.exec(String(error.message))?.[1];
    console.error(`${option ? `${option} : ` : ''}${what} (voir --help)`);
    process.exit(1);
  }
}

/** `--help`: the script's opening comment (its lines 2 to `end`), then exit. */
export function printHelp(scriptUrl, end) {
  console.log(readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n').slice(1, end).join('\n'));
  process.exit(0);
}
