// miosa-mcp code generator: openapi/miosa.yaml + openapi/mcp.overlay.yaml → generated/.
// Stages, top to bottom: load → apply overlay → build the IR → lint the surface → emit → write.
// Two files outside generated/ carry generated parts: README.md's tool list and client
// configurations (between `<!-- tools:start -->` and `<!-- configs:start -->` markers) and
// mcpb/manifest.json.
//   tsx codegen/main.ts            regenerate generated/, README.md's parts and mcpb/manifest.json
//   tsx codegen/main.ts --check    stop after the lint, then fail when README.md's parts or
//                                  mcpb/manifest.json are not what the inputs make (in memory; what
//                                  `make lint-spec` and `make gen-check` run)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { emitDeclarations } from './emit/declarations.js';
import { emitApiTypes, emitIndex, emitPathParams, emitToolsJson } from './emit/files.js';
import { emitMcpbManifest, type PackageInfo } from './emit/mcpb.js';
import { renderConfigsSection } from './emit/readme-configs.js';
import { renderToolsSection, spliceReadme, type ListedTool } from './emit/readme.js';
import { emitToolModule } from './emit/tool-module.js';
import { buildIR, type ToolIR } from './ir.js';
import { lintSurface } from './lint.js';
import { applyOverlay } from './overlay.js';
import { CodegenError, loadYaml, type JsonObject } from './spec.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Inputs {
  specFile: string;
  overlayFile: string;
}

export const DEFAULT_INPUTS: Inputs = {
  specFile: join(ROOT, 'openapi/miosa.yaml'),
  overlayFile: join(ROOT, 'openapi/mcp.overlay.yaml'),
};

/** Load, overlay, build and lint: everything but writing. Throws CodegenError listing every problem. */
export function compile(inputs: Inputs): { spec: JsonObject; tools: ToolIR[]; inputsHash: string } {
  const { spec, tools } = compileDocuments(loadYaml(inputs.specFile), loadYaml(inputs.overlayFile));
  const hash = createHash('sha256');
  for (const f of [inputs.specFile, inputs.overlayFile]) hash.update(readFileSync(f));
  return { spec, tools, inputsHash: hash.digest('hex').slice(0, 16) };
}

export function compileDocuments(specDoc: JsonObject, overlayDoc: JsonObject): { spec: JsonObject; tools: ToolIR[] } {
  const spec = applyOverlay(specDoc, overlayDoc);
  const tools = buildIR(spec);
  const errors = lintSurface(spec, tools);
  if (errors.length) throw new CodegenError(errors);
  return { spec, tools };
}

/** Renders every generated file, in memory, keyed by its path under the output folder. */
export async function render(inputs: Inputs, root = ROOT): Promise<Map<string, string>> {
  const { spec, tools, inputsHash } = compile(inputs);
  const sources = [inputs.specFile, inputs.overlayFile].map((f) => relative(root, f)).join(' + ');
  const provenance = `generated from ${sources} (inputs sha256:${inputsHash}) by codegen/ — run \`make gen\`, do not edit`;
  const header = `// ${provenance}\n/* eslint-disable */\n`;
  const files = new Map<string, string>();
  files.set('api.d.ts', await emitApiTypes(spec, header));
  for (const t of tools) files.set(`tools/${t.name}.ts`, emitToolModule(t, header));
  files.set('index.ts', emitIndex(tools, header));
  files.set('tools.json', emitToolsJson(tools, provenance, inputsHash));
  files.set('declarations.ts', emitDeclarations(tools, header));
  files.set('path-params.ts', emitPathParams(tools, header));
  return files;
}

/** Formats TypeScript through one ts-morph project, so output is byte-identical run after run. */
function format(files: Map<string, string>): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    if (!path.endsWith('.ts')) {
      out.set(path, text);
      continue;
    }
    const sf = project.createSourceFile(`/g/${path}`, text, { overwrite: true });
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: ts.SemicolonPreference.Insert });
    out.set(path, sf.getFullText());
  }
  return out;
}

export async function generate(inputs: Inputs, outDir: string): Promise<string[]> {
  const files = format(await render(inputs, ROOT));
  const manifest = [...files.keys(), 'manifest.json'].sort();
  files.set('manifest.json', `${JSON.stringify({ files: manifest }, null, 2)}\n`);
  // Regeneration owns generated/: anything not in the new manifest goes.
  for (const stale of listFiles(outDir)) if (!files.has(stale)) rmSync(join(outDir, stale));
  for (const [path, text] of files) {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    let current: string | undefined;
    try {
      current = readFileSync(full, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== text) writeFileSync(full, text);
  }
  return manifest;
}

/**
 * The files outside generated/ that codegen owns a part of, as they should be, keyed by their path
 * under `root`: README.md with its tool list rendered, and the MCPB manifest.
 */
export function renderExtras(tools: readonly ListedTool[], root = ROOT): Map<string, string> {
  const out = new Map<string, string>();
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  out.set('README.md', spliceReadme(spliceReadme(readme, renderToolsSection(tools)), renderConfigsSection(), 'configs'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageInfo;
  out.set('mcpb/manifest.json', emitMcpbManifest(pkg, tools));
  return out;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Paths of `extras` whose file under `root` differs from what it should be. */
export function staleExtras(extras: Map<string, string>, root = ROOT): string[] {
  return [...extras].filter(([path, text]) => readOrUndefined(join(root, path)) !== text).map(([p]) => p);
}

/** Writes the `extras` that differ; returns their paths. */
export function writeExtras(extras: Map<string, string>, root = ROOT): string[] {
  const stale = staleExtras(extras, root);
  for (const path of stale) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), extras.get(path)!);
  }
  return stale;
}

function listFiles(dir: string, base = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const started = performance.now();
  try {
    if (check) {
      const { tools } = compile(DEFAULT_INPUTS);
      console.log(`overlay and surface lint: ${tools.length} tools, no problems`);
      const stale = staleExtras(renderExtras(tools));
      if (stale.length) {
        console.error(`out of date with openapi/ and package.json: ${stale.join(', ')}`);
        console.error(`Fix: run 'make gen' and commit ${stale.join(' and ')}.`);
        process.exit(1);
      }
      console.log(`README.md tool list and client configurations, mcpb/manifest.json: up to date`);
      return;
    }
    const manifest = await generate(DEFAULT_INPUTS, join(ROOT, 'generated'));
    // The IR just written is what the README's list and the bundle manifest are rendered from.
    const ir = JSON.parse(readFileSync(join(ROOT, 'generated/tools.json'), 'utf8')) as { tools: ListedTool[] };
    const rewritten = writeExtras(renderExtras(ir.tools));
    const ms = Math.round(performance.now() - started);
    console.log(`generated ${manifest.length} files into generated/ in ${ms} ms`);
    if (rewritten.length) console.log(`rewrote ${rewritten.join(', ')}`);
  } catch (e) {
    if (e instanceof CodegenError) {
      console.error(`codegen failed:\n${e.message.split('\n').map((l) => `  - ${l}`).join('\n')}`);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
