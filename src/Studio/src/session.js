// The access token lives in sessionStorage: it survives a reload but not the closing of the tab.
const tokenKey = 'caseflow.token';
const userKey = 'caseflow.user';

export function token() {
  const stored = sessionStorage.getItem(tokenKey);
  if (!stored) {
    return null;
  }
  const { accessToken, expiresAt } = JSON.parse(stored);
  return Date.parse(expiresAt) > Date.now() ? accessToken : null;
}

export function user() {
  const stored = sessionStorage.getItem(userKey);
  return stored && token() ? JSON.parse(stored) : null;
}

export function signIn(tokenResponse, me) {
  sessionStorage.setItem(tokenKey, JSON.stringify({ accessToken: tokenResponse.accessToken, expiresAt: tokenResponse.expiresAt }));
  sessionStorage.setItem(userKey, JSON.stringify(me));
}

export function signOut() {
  sessionStorage.removeItem(tokenKey);
  sessionStorage.removeItem(userKey);
}

export function hasRole(...roles) {
  const current = user();
  return !!current && current.roles.some((role) => roles.includes(role));
}

/** Supervisors and directors design processes (the API's ProcessDesign policy). */
export function canDesign() {
  return hasRole('supervisor', 'director');
}

/** Supervisors, directors and admins watch running instances (the instance API's read and operator rights). */
export function canMonitor() {
  return hasRole('supervisor', 'director', 'admin');
}
