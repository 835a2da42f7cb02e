// The product's name and version, from package.json, wherever the code runs from (src/ under tsx,
// dist/src/ when built, or an installed package).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'miosa-mcp') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('miosa-mcp: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const NAME = pkg.name;
export const VERSION = pkg.version;
export const USER_AGENT = `${NAME}/${VERSION} (node ${process.versions.node})`;
