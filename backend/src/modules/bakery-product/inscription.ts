// The inscription rule lives in @sweet-crumbs/bakery-rules; this path stays only for callers not yet moved to it.
export { inscriptionProblem, normalizeInscription } from "@sweet-crumbs/bakery-rules/inscription"
