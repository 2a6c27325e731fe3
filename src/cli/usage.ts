/** The `--help` text. Kept next to the parser's option table; the README's CLI section documents the same commands and flags as tables. */
export const USAGE = `Usage: corroborate <command> [options]

Compare news reports of one event: matched quotes and speakers, typed divergences,
and machine-translation artefacts, with offsets into the original texts.

Commands:
  compare A B       Compare report A with report B (files; - reads one of them from stdin)
  many A B [C ...]  Compare two or more reports: quote clusters across all of them, and a
                    report per pair (up to 6 files every pair, beyond that the closest);
                    - reads one of them from stdin. Formats: json, text, markdown
  check FILE        Flag translation artefacts in one text (- reads stdin)
  example           Compare the two example reports bundled with corroborate

Options:
  -f, --format FORMAT          json, text, markdown or html. Default: the --out file's
                               extension (.json .txt .md .html), else text on a terminal
                               and json when piped (example: text)
  -o, --out FILE               Write the report to FILE instead of stdout (- is stdout)
  -l, --source-language LANG   Language the texts were machine-translated from:
                               it, fr, es, de, pt or auto (turns on its lexicons)
      --fail-on LEVEL          Exit with 1 when a divergence or artefact is at LEVEL or
                               worse: error, warning, info or none (default: none)
      --ids A,B                Source ids in the report (default: a,b; check: a).
                               many: one id per file, in order; default: the file
                               names without extension (- is stdin), or s1,s2,... if
                               two of those are the same or one is blank
  -h, --help                   Show this help
  -v, --version                Show the version

Exit codes:
  0  report written, no finding at or above --fail-on
  1  report written, some finding at or above --fail-on (many: in any pair)
  2  usage or input error (bad option, missing, binary or non-UTF-8 file, ...):
     one line on stderr, nothing on stdout

Colours: text on a terminal is coloured unless NO_COLOR is set; FORCE_COLOR=1 forces
colours on stdout (files never get them).
`;
