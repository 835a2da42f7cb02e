// Every operation's handler, by operationId.
import type { Handlers } from '../handler-kit.js';
import { accountHandlers } from './account.js';
import { computerHandlers } from './computer.js';
import { cronHandlers } from './cron.js';
import { dataHandlers } from './data.js';
import { deployHandlers } from './deploy.js';
import { desktopHandlers } from './desktop.js';
import { sandboxHandlers } from './sandbox.js';

export const HANDLERS: Handlers = {
  ...sandboxHandlers,
  ...computerHandlers,
  ...desktopHandlers,
  ...deployHandlers,
  ...dataHandlers,
  ...cronHandlers,
  ...accountHandlers,
};
