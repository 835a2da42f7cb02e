// The workflow guide returned on `initialize`, kept beside the spec in openapi/instructions.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './version.js';

export const INSTRUCTIONS = readFileSync(join(PACKAGE_ROOT, 'openapi/instructions.md'), 'utf8').trim();
