/** Sentences for the bad input the advisor copy meets (kept apart from messages.ts, which another flow owns). */
export const BAD_INPUT_TEXT = {
  tooLong: (limit: number) =>
    `the plain Excel formula would pass Excel's limit of ${limit.toLocaleString('en-US')} characters, so the value was kept`,
} as const;
