/** Import errors name the file, the line and the field, so the user can fix the file. */

export interface ImportProblem {
  file: string;
  /** 1-based line where the faulty record starts, when the file has lines worth naming. */
  line: number | null;
  field: string | null;
  message: string;
}

/** `articles.ndjson line 3: "published" must be an ISO date` */
export function describeProblem({ file, line, field, message }: ImportProblem): string {
  const where = line === null ? file : `${file} line ${line}`;
  return `${where}: ${field === null ? '' : `"${field}" `}${message}`;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ImportError';
  }
}
