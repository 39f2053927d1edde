import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgram } from '@skryba/cli';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Docker is not available where the tests run, so the deployment files are checked for structure:
// what `docker compose up --scale worker=N` needs to give a working, persistent cluster.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const serviceSchema = z.object({
  image: z.string().optional(),
  build: z.union([z.string(), z.object({ context: z.string() })]).optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  ports: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  container_name: z.string().optional(),
  stop_signal: z.string().optional(),
});
const composeSchema = z.object({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

const compose = composeSchema.parse(load(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')));
const service = (name: string) => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`);
  return found;
};
const mountOf = (volumes: string[] | undefined, target: string) =>
  volumes?.map((v) => v.split(':')).find(([, mounted]) => mounted === target)?.[0];

describe('docker-compose.yml', () => {
  it('runs Redis 7 with append-only persistence on a named volume and noeviction', () => {
    const redis = service('redis');
    expect(redis.image).toMatch(/^redis:7/);
    const command = redis.command ?? [];
    expect(command[command.indexOf('--appendonly') + 1]).toBe('yes');
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    const volume = mountOf(redis.volumes, '/data');
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('has a worker that scales: built here, no fixed name or host port, REDIS_URL pointing at the redis service', () => {
    const worker = service('worker');
    expect(worker.build).toBe('.');
    expect(worker.container_name).toBeUndefined();
    expect(worker.ports).toBeUndefined();
    expect(worker.command?.[0]).toBe('worker');
    expect(worker.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(worker.depends_on?.redis?.condition).toBe('service_healthy');
    expect(worker.stop_signal ?? 'SIGTERM').toBe('SIGTERM');
    // Every worker sees the same store and output folder at the same path.
    const shared = mountOf(worker.volumes, '/data');
    expect(Object.keys(compose.volumes)).toContain(shared);
    expect(shared).not.toBe(mountOf(service('redis').volumes, '/data'));
  });

  it('serves the dashboard on the host loopback only', () => {
    const dashboard = service('dashboard');
    expect(dashboard.command?.[0]).toBe('dashboard');
    expect(dashboard.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(dashboard.ports).toEqual(['127.0.0.1:3000:3000']);
  });

  it('gives commands the CLI accepts', () => {
    const program = createProgram(() => undefined);
    for (const name of ['worker', 'dashboard']) {
      const [command, ...args] = service(name).command ?? [];
      const registered = program.commands.find((c) => c.name() === command);
      expect(registered, `skryba ${command}`).toBeDefined();
      const known = new Set(registered!.options.map((option) => option.long));
      for (const arg of args.filter((a) => a.startsWith('--')))
        expect(known, `${command} ${arg}`).toContain(arg);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

  it('builds on Node 20 with the pinned pnpm and the frozen lockfile', () => {
    expect(dockerfile).toMatch(/^FROM node:20\b/m);
    const pinned = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager;
    expect(pinned).toBe(`pnpm@${dockerfile.match(/PNPM_VERSION=(\S+)/)?.[1]}`);
    expect(dockerfile).toContain('pnpm install --frozen-lockfile');
  });

  it('copies every workspace manifest before installing', () => {
    for (const folder of ['packages', 'pipelines', 'workers']) {
      for (const name of readdirSync(path.join(root, folder))) {
        if (!existsSync(path.join(root, folder, name, 'package.json'))) continue;
        expect(dockerfile, `${folder}/${name}/package.json`).toContain(`COPY ${folder}/${name}/package.json`);
      }
    }
  });

  it('runs the skryba CLI, a worker by default', () => {
    const entry = JSON.parse(dockerfile.match(/^ENTRYPOINT (.+)$/m)?.[1] ?? '[]') as string[];
    expect(entry.slice(0, 3)).toEqual(['node', '--import', 'tsx']);
    expect(existsSync(path.join(root, entry[3] ?? ''))).toBe(true);
    expect(JSON.parse(dockerfile.match(/^CMD (.+)$/m)?.[1] ?? '[]')).toEqual(['worker']);
  });
});
