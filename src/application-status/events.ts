/** `dvc-status-found`: a look-up (or a refresh) answered with the application's status. */
export interface StatusFoundDetail {
  /** The application code as the server stores it, e.g. `KL-20261128-0001`. */
  code: string;
  /** The status key (`received`, `processing`, `needs-documents`, `result-ready`, `collected`, `rejected`, or a newer one). */
  status: string;
}

/** `dvc-status-not-found`: no application with this code and verifier (one answer for both). */
export interface StatusNotFoundDetail {
  /** The code as sent (tidied), never the verifier. */
  code: string;
}
