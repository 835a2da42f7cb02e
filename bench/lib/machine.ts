// What the numbers were measured on, saved beside them.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { canPin } from './procs.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  kernel: string;
  arch: string;
  date: string;
  pinning: string;
  /** 1-minute load average when the run began: above ~0.5 other work shared the cores. */
  loadAverageAtStart: number;
}

export function describeMachine(): Machine {
  let distro = `${os.type()} ${os.release()}`;
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) distro = m[1];
  } catch {
    // not Linux, or no os-release: the kernel line is enough
  }
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: distro,
    kernel: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    date: new Date().toISOString(),
    pinning: canPin()
      ? 'taskset: server on core 0; emulator and load generator on core 1'
      : 'none (taskset missing or fewer than 2 cores): processes share all cores',
    loadAverageAtStart: Number(os.loadavg()[0].toFixed(2)),
  };
}
