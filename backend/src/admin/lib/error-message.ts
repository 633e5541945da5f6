/** What a toast or an error line shows Maya: the API's own sentence when there is one. */
export const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : "Something went wrong. Please try again."
