// Wire names are the API's snake_case; tool arguments are camelCase. The mapping is computed, never
// tabulated: the overlay's `rename` holds only the exceptions the roster asks for.
export function camel(wire: string): string {
  return wire.replace(/[-_]+([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** `sandbox_exec` → `SandboxExec`, for type names in emitted code. */
export function pascal(name: string): string {
  const c = camel(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}
