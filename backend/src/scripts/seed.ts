// The catalog and its loader live in the `seed` workspace; this is the
// path `medusa exec` runs (`npm run seed` at the repository root).
export { default } from "../../../seed/src/run"
