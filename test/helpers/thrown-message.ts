/** The message a call throws, or 'no error': lets a test compare a whole message, or its absence, in one assertion. */
export function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}
