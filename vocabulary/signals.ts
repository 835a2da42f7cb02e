// How the CLI stops on SIGINT/SIGTERM: the first signal starts a graceful stop; a second one, while
// it runs, exits at once. Exiting through process.exit (never the signal's default action, which
// skips 'exit' handlers) lets the embedded emulator still kill its process groups and remove its
// temp dir.
export function onStopSignals(stop: (signal: NodeJS.Signals) => void, log: (line: string) => void): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stopping = true;
    stop(signal);
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
