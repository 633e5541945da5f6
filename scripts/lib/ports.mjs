import net from "node:net"

/** A port the OS says is free right now (for test servers started on the side). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Whether a new TCP connection to `port` on this machine is refused (a server that stopped listening). */
export function refusesConnections(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.destroy()
      resolve(false)
    })
    socket.once("error", (error) => resolve(error.code === "ECONNREFUSED"))
  })
}
