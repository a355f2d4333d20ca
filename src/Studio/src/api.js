import { signOut, token } from './session.js';

/** A refusal from the API: the ProblemDetails body with its stable `code`. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code ?? null;
    this.problem = problem ?? {};
  }
}

let onUnauthenticated = () => {};

/** What to do when the server no longer accepts the token (expired or revoked): sign in again. */
export function whenUnauthenticated(handler) {
  onUnauthenticated = handler;
}

/**
 * Calls the API with the session's token. Returns parsed JSON, text for XML, or null for an empty body;
 * throws ApiError for every non-2xx answer.
 */
export async function api(path, { method = 'GET', body, contentType, signal, headers: extra } = {}) {
  const headers = { Accept: 'application/json, application/problem+json, application/xml', ...extra };
  const accessToken = token();
  if (accessToken) {
    headers.Authorization = `Bearer ${accessToken}`;
  }
  let payload = body;
  if (body !== undefined && contentType === undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }

  const response = await fetch(path, { method, headers, body: payload, signal });
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  const parsed = text && type.includes('json') ? JSON.parse(text) : text || null;
  if (response.status === 401 && accessToken) {
    signOut();
    onUnauthenticated();
  }
  if (!response.ok) {
    throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
  }
  return parsed;
}
