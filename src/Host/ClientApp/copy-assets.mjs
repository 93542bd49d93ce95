// Copies the prebuilt browser files of our npm packages into wwwroot/lib, which the Host serves.
// wwwroot/lib is build output: ignored by git, made by every build.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'wwwroot', 'lib');
const files = [
  ['botframework-webchat/dist/webchat.js', 'webchat/webchat.js'],
  ['@utrecht/component-library-css/dist/index.css', 'utrecht/component-library.css'],
  ['@utrecht/design-tokens/dist/index.css', 'utrecht/design-tokens.css'],
];
for (const [from, to] of files) {
  mkdirSync(dirname(join(target, to)), { recursive: true });
  cpSync(join(here, 'node_modules', from), join(target, to));
}
console.log(`copied ${files.length} files to ${target}`);
