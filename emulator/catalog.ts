// Fixed catalogs: product templates and regions.

export interface BuiltinTemplate {
  id: string;
  name: string;
  product: 'sandbox' | 'computer' | 'docker_deploy_host' | 'managed_database' | 'deployment';
  description: string;
  aliases: string[];
  tools: string[];
  install: string | null;
  start: string | null;
  previewPort: number | null;
  runtimes: string[];
}

export const TEMPLATES: BuiltinTemplate[] = [
  { id: 'miosa-sandbox', name: 'MIOSA Sandbox', product: 'sandbox', description: 'Ubuntu with Node.js, Python, Git and build tools.', aliases: ['default', 'base', 'ubuntu'], tools: ['node', 'npm', 'python3', 'pip', 'git', 'curl'], install: null, start: null, previewPort: 3000, runtimes: ['node', 'python'] },
  { id: 'node', name: 'Node.js', product: 'sandbox', description: 'Node.js LTS with npm, pnpm and yarn.', aliases: ['nodejs', 'javascript', 'typescript'], tools: ['node', 'npm', 'pnpm', 'yarn'], install: 'npm install', start: 'npm start', previewPort: 3000, runtimes: ['node'] },
  { id: 'nextjs', name: 'Next.js', product: 'sandbox', description: 'A Next.js app scaffold with its dev server on port 3000.', aliases: ['next'], tools: ['node', 'npm'], install: 'npm install', start: 'npm run dev', previewPort: 3000, runtimes: ['node'] },
  { id: 'react-vite', name: 'React + Vite', product: 'sandbox', description: 'A React app on Vite, dev server on port 5173.', aliases: ['vite', 'react'], tools: ['node', 'npm'], install: 'npm install', start: 'npm run dev', previewPort: 5173, runtimes: ['node'] },
  { id: 'python', name: 'Python', product: 'sandbox', description: 'Python 3 with pip and venv.', aliases: ['python3', 'py'], tools: ['python3', 'pip'], install: 'pip install -r requirements.txt', start: null, previewPort: 8000, runtimes: ['python'] },
  { id: 'miosa-desktop', name: 'MIOSA Desktop', product: 'computer', description: 'Linux desktop with a browser, terminal and editor.', aliases: ['desktop', 'ubuntu-desktop'], tools: ['firefox', 'xterm', 'gedit', 'python3'], install: null, start: null, previewPort: null, runtimes: ['python'] },
  { id: 'docker-deploy-host', name: 'Docker Deploy host', product: 'docker_deploy_host', description: 'A VM running the Docker Deploy appliance.', aliases: [], tools: ['docker'], install: null, start: null, previewPort: null, runtimes: [] },
  { id: 'postgresql', name: 'PostgreSQL', product: 'managed_database', description: 'Managed PostgreSQL 16.', aliases: ['postgres', 'pg'], tools: [], install: null, start: null, previewPort: null, runtimes: [] },
  { id: 'mysql', name: 'MySQL', product: 'managed_database', description: 'Managed MySQL 8.4.', aliases: [], tools: [], install: null, start: null, previewPort: null, runtimes: [] },
  { id: 'redis', name: 'Redis', product: 'managed_database', description: 'Managed Redis 7.', aliases: [], tools: [], install: null, start: null, previewPort: null, runtimes: [] },
  { id: 'static-site', name: 'Static site', product: 'deployment', description: 'Serves a folder of built files.', aliases: ['static'], tools: [], install: null, start: null, previewPort: null, runtimes: [] },
  { id: 'node-server', name: 'Node.js server', product: 'deployment', description: 'Runs a start command listening on $PORT.', aliases: ['dynamic'], tools: ['node'], install: 'npm install', start: 'npm start', previewPort: 3000, runtimes: ['node'] },
];

export const PRODUCTS = [
  { id: 'sandbox', name: 'Sandboxes', description: 'Headless Linux VMs for code.', default_template: 'miosa-sandbox', default_size: 'small' },
  { id: 'computer', name: 'Computers', description: 'Linux desktops with a screen.', default_template: 'miosa-desktop', default_size: 'small' },
  { id: 'docker_deploy_host', name: 'Docker Deploy', description: 'Docker hosts for deployments.', default_template: 'docker-deploy-host', default_size: 'small' },
  { id: 'managed_database', name: 'Databases', description: 'Managed PostgreSQL, MySQL and Redis.', default_template: 'postgresql', default_size: 'small' },
  { id: 'deployment', name: 'Deployments', description: 'Public apps published from sandboxes or repositories.', default_template: 'static-site', default_size: 'small' },
] as const;

export const REGIONS = [
  { id: 'us-east', name: 'US East (Virginia)', status: 'available', available: true, gpu_types: ['nvidia-l4'] },
  { id: 'us-west', name: 'US West (Oregon)', status: 'available', available: true, gpu_types: [] },
  { id: 'eu-west', name: 'EU West (Frankfurt)', status: 'available', available: true, gpu_types: [] },
];

export const DEFAULT_REGION = 'us-east';

export function findTemplate(idOrAlias: string, product?: BuiltinTemplate['product']): BuiltinTemplate | undefined {
  const key = idOrAlias.toLowerCase();
  return TEMPLATES.find((t) => (!product || t.product === product) && (t.id === key || t.aliases.includes(key)));
}
