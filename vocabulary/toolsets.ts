// The roster's eleven sections, in its order: codegen checks every tool's toolset against them and
// orders the README by them; the runtime filters with them (--toolsets). Both import them from here,
// below both, so neither imports the other.
export const TOOLSETS = [
  'account',
  'sandbox',
  'computer',
  'desktop',
  'deploy',
  'database',
  'cron',
  'storage',
  'runs',
  'security',
  'integrations',
] as const;

export type Toolset = (typeof TOOLSETS)[number];
