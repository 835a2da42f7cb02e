export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const strOf = (v: unknown) => (typeof v === 'string' ? v : undefined);
