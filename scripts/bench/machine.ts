// What the figures were measured on: they mean little without it.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  os: string;
  /** 1-minute load average when the benchmark started: above the core count, other work competed. */
  loadAtStart: number;
}

export function machineFacts(): Machine {
  const osRelease = existsSync('/etc/os-release')
    ? /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    : undefined;
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    os: `${osRelease ?? process.platform}, Linux ${release()}`,
    loadAtStart: loadavg()[0] ?? 0,
  };
}

export const currentLoad = (): number => loadavg()[0] ?? 0;
