// How busy the machine is. Other work slows a benchmark's browser as much as its own code does:
// every report prints this, so a figure from a loaded machine is read as such.
import { availableParallelism, loadavg } from 'node:os';

export const hostLoad = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
