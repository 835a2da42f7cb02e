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

/** Asks for code mode's two tools (beside the selected ones, or alone); a selection name, not a roster section. */
export const CODE_TOOLSET = 'code';

/**
 * What is wrong with the toolset names of a selection (--toolsets, MIOSA_TOOLSETS, ?toolsets=, a
 * config's --toolsets), or undefined when every name is one: the server, config and doctor all ask here.
 */
export function unknownToolsets(names: readonly string[]): string | undefined {
  const unknown = names.filter((n) => n !== CODE_TOOLSET && !(TOOLSETS as readonly string[]).includes(n));
  return unknown.length ? `Unknown toolset ${unknown.join(', ')}. Valid toolsets: ${TOOLSETS.join(', ')}, ${CODE_TOOLSET}.` : undefined;
}
