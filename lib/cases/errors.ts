/**
 * What can go wrong when someone acts on a case, each with a message the UI can show as it is.
 * None ever names the subject: a case is referred to by its id only.
 */
export class CaseError extends Error {
  override name = "CaseError";
}

/** The case is not there, or not inside the user's scope: the two look the same on purpose. */
export class CaseNotFoundError extends CaseError {
  override name = "CaseNotFoundError";
  constructor(caseId: string) {
    super(`Case ${caseId} was not found`);
  }
}

/** The case changed since the user loaded it; the UI shows a fresh view. */
export class ConflictError extends CaseError {
  override name = "ConflictError";
  constructor(caseId: string) {
    super(`Someone else decided case ${caseId} a moment ago; here is how it stands now`);
  }
}

/** The action does not apply to the case's state, or the role may not take it. */
export class TransitionError extends CaseError {
  override name = "TransitionError";
}

/** The decider recommended the case themselves. */
export class SeparationOfDutiesError extends CaseError {
  override name = "SeparationOfDutiesError";
  constructor(caseId: string) {
    super(`You recommended case ${caseId} yourself: another supervisor must decide it`);
  }
}
