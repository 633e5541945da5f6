/**
 * Instant results under every search box. The boxes are plain GET forms to /search, so without
 * this script (or on Enter) the full results page still works.
 */
interface InstantResult {
  title: string
  href: string
  image: string | null
  price: string | null
}

let counter = 0

for (const input of document.querySelectorAll<HTMLInputElement>("input[data-instant-search]")) {
  const form = input.form
  if (!form) continue
  const id = `instant-results-${++counter}`
  const panel = document.createElement("div")
  panel.className = "instant-results"
  panel.hidden = true
  const list = document.createElement("ul")
  list.id = id
  list.setAttribute("aria-label", "Suggestions")
  const live = document.createElement("p")
  live.className = "visually-hidden"
  live.setAttribute("aria-live", "polite")
  panel.append(list)
  form.append(panel, live)
  form.classList.add("has-instant-results")
  input.setAttribute("aria-controls", id)

  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined

  const close = () => {
    panel.hidden = true
  }

  const show = (results: InstantResult[], query: string) => {
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement("li")
        const link = document.createElement("a")
        link.href = result.href
        if (result.image) {
          const img = document.createElement("img")
          img.src = result.image
          img.alt = ""
          img.width = 40
          img.height = 40
          link.append(img)
        }
        const name = document.createElement("span")
        name.textContent = result.title
        link.append(name)
        if (result.price) {
          const price = document.createElement("small")
          price.textContent = result.price
          link.append(price)
        }
        item.append(link)
        return item
      }),
    )
    const all = document.createElement("li")
    const more = document.createElement("a")
    more.href = `/search?q=${encodeURIComponent(query)}`
    more.className = "all"
    more.textContent = results.length ? `All results for “${query}”` : `No quick matches — search for “${query}”`
    all.append(more)
    list.append(all)
    panel.hidden = false
    live.textContent = `${results.length} suggestion${results.length === 1 ? "" : "s"}. Use the down arrow to reach them.`
  }

  input.addEventListener("input", () => {
    clearTimeout(timer)
    const query = input.value.trim()
    if (query.length < 2) return close()
    timer = setTimeout(async () => {
      controller?.abort()
      controller = new AbortController()
      try {
        const response = await fetch(`/api/search.json?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        if (!response.ok) return close()
        const { results } = (await response.json()) as { results: InstantResult[] }
        if (input.value.trim() === query) show(results, query)
      } catch {
        // A superseded or failed request leaves the plain search form working.
      }
    }, 180)
  })

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")]
  form.addEventListener("keydown", (event) => {
    if (panel.hidden) return
    const items = links()
    const index = items.indexOf(document.activeElement as HTMLAnchorElement)
    if (event.key === "ArrowDown") {
      event.preventDefault()
      items[Math.min(index + 1, items.length - 1)]?.focus()
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      if (index <= 0) input.focus()
      else items[index - 1]?.focus()
    } else if (event.key === "Escape") {
      close()
      input.focus()
    }
  })
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close()
  })
}
