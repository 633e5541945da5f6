import commonPasswords from "./common-passwords.json"

/*
 * One rule for customer passwords, used by the backend's auth routes and by the storefront's sign-up and
 * reset forms (which import this file). `common-passwords.json` holds every password of 10 or more
 * characters in the ranked list of 49,233 that @zxcvbn-ts/language-common 4.1.3 ships (MIT); shorter
 * ones are refused by length anyway.
 */

export const MIN_PASSWORD_LENGTH = 10

export const PASSWORD_RULE_MESSAGE = "Choose a password of at least 10 characters that isn't a common one."

const COMMON = new Set<string>(commonPasswords)

/** True when the password is long enough and not one of the common ones (compared without case). */
export function isAcceptablePassword(password: unknown): boolean {
  return (
    typeof password === "string" &&
    [...password].length >= MIN_PASSWORD_LENGTH &&
    !COMMON.has(password.toLowerCase())
  )
}
