// CLI of the reference server: `node dist/server/main.js [--port N] [--db FILE] [--simulate] …`.
// Flags and environment variables are listed in server/README.md.
import { createServer } from 'node:http';
import { ConfigError, configFromCli } from './config.js';
import { StartupError } from './startup-error.js';
import { createServerApp, type ServerApp } from './app.js';
import { startApplicationSimulation } from './applications/simulate.js';
import { startSimulation } from './queue/simulate.js';

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
  app = createServerApp(config);
} catch (err) {
  fail(err instanceof StartupError ? err.message : `cannot start: ${(err as Error).message}`);
}

const server = createServer(app.handler);
server.on('error', (err: NodeJS.ErrnoException) => {
  app.close();
  fail(err.code === 'EADDRINUSE' ? `port ${cli.port} is already in use (set PORT or --port)` : err.message);
});

server.listen(cli.port, cli.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : cli.port;
  // Tools (the test commands, the load script) read the first line to learn the port; the lines
  // go out in one write so a reader that sees the first has all of them.
  const lines = [`dvc-server listening on http://localhost:${port}`, `  database: ${config.dbPath}`];
  if (app.staffTokenGenerated) {
    lines.push(`  staff token (generated for this database; set STAFF_TOKEN to choose one): ${app.staffToken}`);
  }
  if (config.corsOrigins.length) lines.push(`  CORS origins: ${config.corsOrigins.join(', ')}`);
  if (cli.simulate) lines.push(`  simulating a busy service centre and moving applications on (a step every ${cli.simulateMs} ms)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (cli.simulate) {
    startSimulation(app.context.queue, cli.simulateMs);
    startApplicationSimulation(app.context, cli.simulateMs);
  }
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  app.close(); // ends the event streams, which would otherwise hold server.close() open
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
