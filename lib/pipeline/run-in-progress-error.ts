/** A run was asked for while another one is still running; it names that run. */
export class RunInProgressError extends Error {
  override name = "RunInProgressError";

  constructor(readonly runningRunId: string) {
    super(`A sync run is already going (run ${runningRunId}). Wait for it to finish.`);
  }
}
