import net from "node:net"

/**
 * A TCP relay in front of a real server (Postgres, Redis) whose link can be
 * cut and restored: `cut()` drops every open connection and stops listening,
 * so the backend sees the server vanish; `restore()` listens again on the
 * same port, as if the server came back.
 */
export async function startOutageProxy(target: { host: string; port: number }) {
  const open = new Set<net.Socket>()
  let server: net.Server | null = null
  let port = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        for (const socket of [client, upstream]) {
          open.add(socket)
          socket.on("close", () => open.delete(socket))
          socket.on("error", () => {
            client.destroy()
            upstream.destroy()
          })
        }
        client.pipe(upstream).pipe(client)
      })
      server.once("error", reject)
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port
        resolve()
      })
    })

  const cut = async () => {
    const closing = server
    server = null
    for (const socket of open) socket.destroy()
    await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()))
  }

  await listen()
  return { port, cut, restore: listen, stop: cut }
}
