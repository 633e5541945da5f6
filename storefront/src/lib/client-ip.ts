import { AsyncLocalStorage } from "node:async_hooks"
import { isIP } from "node:net"

/**
 * The backend sees the storefront's server as the caller of every store API request, so the
 * storefront names the visitor's address in a header, with a shared secret that proves the
 * header comes from us (the backend ignores it otherwise).
 */
export const CLIENT_IP_HEADER = "x-sweet-crumbs-client-ip"
export const PROXY_SECRET_HEADER = "x-sweet-crumbs-proxy-secret"

/**
 * The visitor's address: the TCP peer, or with `trustForwardedFor` (a TLS proxy in front that
 * appends the client to X-Forwarded-For) that header's last entry. Never the first entry, which
 * is whatever the visitor sent.
 */
export function visitorIp(headers: Headers, clientAddress: string | undefined, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const last = headers.get("x-forwarded-for")?.split(",").pop()?.trim()
    if (last && isIP(last)) return plainIpv4(last)
  }
  return clientAddress ? plainIpv4(clientAddress) : "unknown"
}

const plainIpv4 = (ip: string) => ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")

/** The two headers for one backend call, or none without an address or a configured secret. */
export function proxyHeaders(ip: string | undefined, secret: string | undefined): Record<string, string> {
  if (!ip || !secret || !isIP(ip)) return {}
  return { [CLIENT_IP_HEADER]: ip, [PROXY_SECRET_HEADER]: secret }
}

const current = new AsyncLocalStorage<string>()

/** Runs one visitor's request with their address at hand for every backend call it makes. */
export function withVisitorIp<T>(ip: string, run: () => T): T {
  return current.run(ip, run)
}

/** The address of the visitor whose request is being handled, if any. */
export function currentVisitorIp(): string | undefined {
  return current.getStore()
}
