// Writes the licences of the packages the bundled viewers are made of to the file named by the first argument.
// mirador.min.js contains Mirador's runtime dependencies (React, MUI, manifesto.js, ...), so their licences ship
// with it: every package of package-lock.json that is not a development dependency.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [output] = process.argv.slice(2);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const sections = Object.entries(lock.packages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
  .map(([path, entry]) => {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const heading = `${name} ${entry.version} (${entry.license ?? 'see its package'})`;
    const licenceFile = existsSync(path)
      ? readdirSync(path).find((file) => /^(licen[cs]e|copying)/i.test(file))
      : undefined;
    const text = licenceFile ? readFileSync(join(path, licenceFile), 'utf8').trim() : '';
    return `${heading}\n${'='.repeat(heading.length)}\n${text}\n`;
  });

mkdirSync(dirname(output), { recursive: true });
const title = 'Packages bundled in the viewers (OpenSeadragon, Mirador) and their licences.';
writeFileSync(output, `${title}\n\n${sections.join('\n')}`);
