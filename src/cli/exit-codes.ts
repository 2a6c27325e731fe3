/** Exit codes, the CLI's contract with shell scripts and CI jobs. */
export const EXIT = {
  /** The report was written; no finding reached `--fail-on`. */
  ok: 0,
  /** The report was written and a finding is at or above `--fail-on`. */
  findings: 1,
  /** Bad usage or unusable input: nothing was written to stdout. */
  usage: 2,
} as const;

/** A problem to report in one line on stderr, with exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
