// The yardstick for the storefront's pages: a bare node:http server sending the
// very bytes (body and headers) the storefront sent, from memory. Runs in its
// own process like the storefront; tells the parent its port over IPC.
import http from "node:http"

process.once("message", ({ pages }) => {
  const byPath = new Map(pages.map((p) => [p.path, { headers: p.headers, body: Buffer.from(p.body, "base64") }]))
  const server = http.createServer((req, res) => {
    const page = byPath.get(req.url)
    if (!page) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { ...page.headers, "content-length": page.body.length })
    res.end(page.body)
  })
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }))
})
