import { account } from "./account"
import { cart } from "./cart"
import { checkout } from "./checkout"

/** Every mutation the storefront makes; each also works as a plain form POST without JavaScript. */
export const server = { cart, checkout, account }
