// A plain Node server (no framework): every GET / renders the page through the SSR build of
// src/render.ts, a POST / (the form) renders it with the fields it received, and the client build
// is served as static files. `npm run build` first; PORT (default 5304; 0: any free port).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { render, procedure } from './dist/server/render.js'

const root = fileURLToPath(new URL('./dist/client', import.meta.url))
const template = await readFile(join(root, 'index.html'), 'utf8')
const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }
const page = (received) => template.replace('<!--ssr-outlet-->', render(received))

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/' && req.method === 'POST') {
    let body = ''
    for await (const chunk of req) body += chunk
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Object.fromEntries(new URLSearchParams(body))))
    return
  }
  if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page())
  if (url.pathname === '/procedure.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(procedure))
  const file = normalize(join(root, url.pathname))
  if (!file.startsWith(root + sep)) return res.writeHead(403).end()
  try {
    const body = await readFile(file)
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
  } catch {
    res.writeHead(404).end('not found')
  }
})
server.listen(Number(process.env.PORT ?? 5304), '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`))
