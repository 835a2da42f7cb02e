// The hand-written calls of the composite tools, put in place of the marker their generated modules
// carry (compositeCall). generated/ names each composite and its input type (CompositeInputs) but
// never imports src/composites: the runtime imports generated/, not the reverse. This map is where
// they meet: a composite added to the overlay without a call here, or a call whose input is not its
// tool's, fails the type check.
import { TOOLS as GENERATED, type CompositeInputs } from '../../generated/index.js';
import { compositeCall, type CallContext, type CallResult, type ToolDef } from '../tool-def.js';
import { call as computerCreate } from './computer_create.js';
import { call as dockerDeployDoctor } from './docker_deploy_doctor.js';
import { call as sandboxEnvSet } from './sandbox_env_set.js';

type CompositeCalls = { [K in keyof CompositeInputs]: (args: CompositeInputs[K], ctx: CallContext) => Promise<CallResult> };

const CALLS: CompositeCalls = {
  computer_create: computerCreate,
  docker_deploy_doctor: dockerDeployDoctor,
  sandbox_env_set: sandboxEnvSet,
};

/** The tool with its call: a generated one as it is, a composite with its call from `calls`. */
export function withCall(tool: ToolDef<any>, calls: Partial<Record<string, ToolDef<any>['call']>> = CALLS): ToolDef<any> {
  if (tool.call !== compositeCall) return tool;
  const call = calls[tool.name];
  if (!call) throw new Error(`composite tool ${tool.name} has no call: add its implementation to src/composites/index.ts`);
  // Copied by descriptor so the lazy `input` getter stays lazy (zod schemas are built on first use).
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(tool), call: { value: call, enumerable: true } }) as ToolDef<any>;
}

/** Every tool of the product, callable, sorted by name. */
export const TOOLS: readonly ToolDef<any>[] = GENERATED.map((t) => withCall(t));
