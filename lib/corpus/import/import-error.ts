/** Import errors name the file, the line and the field, so the user can fix the file. */

export interface ImportProblem {
  file: string;
  /** 1-based line where the faulty record starts, when the file has lines worth naming. */
  line: number | null;
  /** 1-based place of the faulty record in a JSON list: one line may hold the whole list. */
  record?: number;
  field: string | null;
  message: string;
}

/** `articles.ndjson line 3: "published" must be an ISO date`; `list.json article 4 (line 1): …` */
export function describeProblem({ file, line, record, field, message }: ImportProblem): string {
  const at = line === null ? '' : `line ${line}`;
  const where = record === undefined ? [file, at].filter(Boolean).join(' ') : `${file} article ${record}${at && ` (${at})`}`;
  return `${where}: ${field === null ? '' : `"${field}" `}${message}`;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ImportError';
  }
}
