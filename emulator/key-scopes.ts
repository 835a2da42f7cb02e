// What an API key may do. Keys created through the API carry their scopes in a record; any other key
// names them in its own text (so a test or a user can make a read-only key without an API call).

/** Every scope the spec names, as `<resource>:<read|write>`. */
export type Scopes = Set<string> | 'all';

const SCOPED = /(?:^|_)scoped((?:\.[a-z_]+-(?:read|write))*)(?:_|$)/;

/**
 * Scopes of a key that was not created through the API, from its text: a `scoped` segment lists
 * them with `.` between scopes and `-` for `:` (`msk_u_scoped.sandboxes-read.computers-write_x`
 * has exactly sandboxes:read and computers:write); any other key has every scope.
 */
export function scopesFromKey(key: string): Scopes {
  const m = SCOPED.exec(key.slice(4));
  if (!m) return 'all';
  return new Set(
    m[1]
      .split('.')
      .filter(Boolean)
      .map((s) => s.replace(/-(read|write)$/, ':$1')),
  );
}

/** The `scoped` key text for a list of scopes (what createApiKey answers as `token`). */
export function keyForScopes(scopes: string[], random: string): string {
  if (!scopes.length) return `msk_u_${random}`;
  return `msk_u_scoped.${scopes.map((s) => s.replace(':', '-')).join('.')}_${random}`;
}
