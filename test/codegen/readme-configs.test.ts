// README.md's client configurations are generated from the config command's own renderer: the
// README must hold exactly that, for every client, and every block must parse as what the client reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ENDPOINT, renderConfigsSection } from '../../codegen/emit/readme-configs.js';
import { readmeSection } from '../../codegen/emit/readme.js';
import { CLIENTS, renderConfig } from '../../vocabulary/client-config.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const section = readmeSection(readme, 'configs');

describe("README.md's client configurations", () => {
  it('are exactly what the config command renders (else run `make gen`)', () => {
    expect(section).toBe(renderConfigsSection());
  });

  it('show every client, local and hosted, each block as the command prints it', () => {
    for (const client of CLIENTS) {
      for (const opts of [{}, { http: EXAMPLE_ENDPOINT }]) {
        const { text } = renderConfig(client, opts);
        expect(section, `${client} ${JSON.stringify(opts)}`).toContain(text.replace(/\n$/, ''));
      }
    }
  });

  it('parse as the client reads them and never carry a key', () => {
    const blocks = [...section!.matchAll(/```(json|toml|sh)\n([\s\S]*?)\n```/g)];
    expect(blocks).toHaveLength(CLIENTS.length * 2);
    for (const [, lang, body] of blocks) {
      if (lang === 'json') expect(() => JSON.parse(body)).not.toThrow();
      if (lang === 'toml') expect(() => parseToml(body)).not.toThrow();
      if (lang === 'sh') expect(body).toMatch(/^claude mcp add /);
      expect(body).not.toMatch(/msk_[A-Za-z0-9_-]{6,}/);
    }
  });
});
