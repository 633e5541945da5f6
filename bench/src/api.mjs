// A minimal JSON client for the store and admin APIs (setup only; load comes from separate processes).

export function apiClient(origin, headers) {
  async function call(method, path, body) {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    return JSON.parse(text)
  }
  return {
    get: (path) => call("GET", path),
    post: (path, body = {}) => call("POST", path, body),
  }
}

/** The store API as the storefront calls it (publishable key). */
export const storeApi = (origin, publishableKey) => apiClient(origin, { "x-publishable-api-key": publishableKey })

/** The admin API as Maya, with a token from her login. */
export async function adminApi(origin, { email, password }) {
  const { token } = await apiClient(origin, {}).post("/auth/user/emailpass", { email, password })
  return apiClient(origin, { authorization: `Bearer ${token}` })
}
