// CLI of the reference server: `node dist/server/main.js [--port N] [--db FILE | --database-url URL] [--simulate] …`.
// Flags and environment variables are listed in server/README.md; running several instances in docs/deploy.md.
import { createServer } from 'node:http';
import { createServerApp, type ServerApp } from './app.js';
import { ConfigError, configFromCli } from './config.js';
import { startSimulation } from './simulate.js';
import { StartupError } from './startup-error.js';

function fail(message: string): never {
  console.error(`dvc-server: ${message}`);
  process.exit(1);
}

let parsed: ReturnType<typeof configFromCli>;
try {
  parsed = configFromCli(process.argv.slice(2), process.env);
} catch (err) {
  fail(err instanceof ConfigError || err instanceof TypeError ? err.message : String(err));
}
const { config, cli } = parsed;

let app: ServerApp;
try {
  app = await createServerApp(config);
} catch (err) {
  fail(err instanceof StartupError ? err.message : `cannot start: ${(err as Error).message}`);
}

const server = createServer(app.handler);
server.on('error', (err: NodeJS.ErrnoException) => {
  void app.close();
  fail(err.code === 'EADDRINUSE' ? `port ${cli.port} is already in use (set PORT or --port)` : err.message);
});

server.listen({ port: cli.port, host: cli.host, backlog: 4096 }, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : cli.port;
  // Tools (the test commands, the load script) read the first line to learn the port; the lines
  // go out in one write so a reader that sees the first has all of them.
  const lines = [`dvc-server listening on http://localhost:${port}`, `  database: ${app.context.db.description}`];
  if (app.staffTokenGenerated) {
    lines.push(`  staff token (generated for this database; set STAFF_TOKEN to choose one): ${app.staffToken}`);
  }
  if (config.corsOrigins.length) lines.push(`  CORS origins: ${config.corsOrigins.join(', ')}`);
  if (cli.simulate) lines.push(`  simulating a busy service centre and moving applications on (a step every ${cli.simulateMs} ms)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (cli.simulate) startSimulation(app.context, cli.simulateMs);
});

/**
 * Graceful stop: /readyz turns 503, event streams are told to reconnect (to another instance)
 * and closed, no new connection is accepted, and the process exits once the requests in flight
 * — writes among them — are answered (at most SHUTDOWN_TIMEOUT_MS).
 */
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.drain();
  server.close();
  server.closeIdleConnections();
  await app.idle(config.shutdownTimeoutMs);
  await app.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
