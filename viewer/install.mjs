// Installs exactly the versions package-lock.json pins (npm ci), unless node_modules already holds them: npm ci
// starts by deleting node_modules, so running it on every Maven build would download the viewers every time.
// A stamp, the lock file npm ci last installed, tells whether node_modules is up to date.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = readFileSync('package-lock.json', 'utf8');
const stamp = 'node_modules/.installed-package-lock.json';

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  writeFileSync(stamp, lock);
}
