export interface Finding {
  check: string;
  status: 'ok' | 'warn' | 'fail';
  message: string;
  fix?: string;
}

/**
 * Findings of one check, added to `out`. Each check then states only its verdict, and every finding
 * has the same shape: a `fix` only where one was given (the formatter prints fixes of warnings and failures).
 */
export function reporter(out: Finding[], check: string): (status: Finding['status'], message: string, fix?: string) => void {
  return (status, message, fix) => {
    out.push(fix === undefined ? { check, status, message } : { check, status, message, fix });
  };
}
