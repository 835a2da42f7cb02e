// The spec's own types (generated/api.d.ts, made by openapi-typescript from openapi/miosa.yaml), by
// operation: what a handler is given and what it may answer. A handler whose answer or view drifts
// from the spec fails to type-check here, before the runtime check (ajv, in index.ts) sees a request.
import type { components, operations } from '../generated/api.js';

export type OperationId = keyof operations;

/** A named schema of the spec, e.g. `Schema<'Sandbox'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type ParamsOf<Op extends OperationId> = operations[Op] extends { parameters: infer P } ? P : never;
// openapi-typescript writes `path?: never` for an operation without path parameters: an empty record here.
type Part<P, K extends string> = P extends { [k in K]?: infer T } ? ([T] extends [never] ? Record<string, never> : NonNullable<T>) : Record<string, never>;

/** Path parameters, decoded and coerced to their schema types. */
export type PathOf<Op extends OperationId> = Part<ParamsOf<Op>, 'path'>;
/** Query parameters, coerced, with the spec's defaults filled in (still typed optional). */
export type QueryOf<Op extends OperationId> = Part<ParamsOf<Op>, 'query'>;

type Content<R> = R extends { content: infer C } ? C : never;
type BodyOfContent<C> = C extends { 'application/json': infer J } ? J : C extends { 'application/octet-stream': unknown } ? Buffer : never;

/** The parsed JSON body (or the raw bytes of an octet-stream body); undefined when not required and absent. */
export type BodyOf<Op extends OperationId> = operations[Op] extends { requestBody: infer R }
  ? BodyOfContent<Content<R>>
  : operations[Op] extends { requestBody?: infer R }
    ? BodyOfContent<Content<NonNullable<R>>> | undefined
    : undefined;

type Responses<Op extends OperationId> = operations[Op] extends { responses: infer R } ? R : never;
type SuccessCode = 200 | 201 | 202;

/** The JSON an operation answers on success (200, 201 or 202), as the spec declares it. */
export type SuccessJson<Op extends OperationId> = {
  [C in SuccessCode & keyof Responses<Op>]: Content<Responses<Op>[C]> extends { 'application/json': infer J } ? J : never;
}[SuccessCode & keyof Responses<Op>];
