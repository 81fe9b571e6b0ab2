// Finds (or installs) Java for the Nu HTML validator (vnu-jar).
// Order: $JAVA_HOME/bin/java, then `java` on the PATH. Otherwise, on Linux as root:
// apt-get install -y default-jre-headless. Messages on stderr; last line of stdout = the path:
//   export JAVA_BIN="$(node scripts/ensure-java.mjs | tail -1)"
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function findJava() {
  const fromHome = process.env.JAVA_HOME && `${process.env.JAVA_HOME}/bin/java`;
  if (fromHome && existsSync(fromHome)) return fromHome;
  const which = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/** Runs a command, printing what it does; its output goes to stderr (stdout stays clean). */
function run(command, args) {
  console.error(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`Échec de « ${command} ${args.join(' ')} » (code ${result.status})`);
}

let path = findJava();
if (!path) {
  const canApt =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    throw new Error('Java introuvable : installez un JRE (≥ 11) ou définissez JAVA_HOME.');
  }
  console.error('Java introuvable : installation…');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'default-jre-headless']);
  path = findJava();
  if (!path) throw new Error('Java toujours introuvable après installation.');
}
console.error(`Java : ${path}`);
console.log(path);
