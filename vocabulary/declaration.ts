// The contract between codegen/emit/declarations.ts (which writes generated/declarations.ts) and the
// code-mode search in src/code-mode: one tool as TypeScript. It sits below both so the generator
// never imports the runtime.
export interface Declaration {
  name: string;
  toolset: string;
  readOnly: boolean;
  /** The signature with the whole description and a comment per argument. */
  full: string;
  /** The signature with the first sentence only. */
  brief: string;
  /** o200k tokens of each form, counted at generation time. */
  fullTokens: number;
  briefTokens: number;
}

/** A tool description's first sentence: what the brief declaration and the dynamic search both show. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}
