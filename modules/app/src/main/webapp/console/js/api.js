// The public API with the signed-in user's bearer token. The token lives in this module's memory
// only (never in the browser's web storage): a reload asks POST /api/v1/auth/refresh, whose
// HttpOnly cookie the browser sends; if that is refused or absent, the user signs in again.
const BASE = '/api/v1';
let accessToken = null;
let expiresAt = 0;
let refreshTimer = null;
let refreshing = null;
let onSignedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || { status, title: `HTTP ${status}` };
  }
}

export function whenSignedOut(handler) { onSignedOut = handler; }
export function signedIn() { return accessToken !== null; }

/**
 * Who is signed in, as GET /api/v1/me answers (account, tenant, the session's factors, permissions
 * held): asked once per access token, forgotten with it. The console reads nothing from the token.
 */
let whoAmI = null;
export function me() {
  if (!whoAmI) {
    whoAmI = get('/me');
    whoAmI.catch(() => { whoAmI = null; });
  }
  return whoAmI;
}

/**
 * Whether access review items are assigned to the caller (GET /api/v1/me/access-review-items),
 * asked once per access token like me(): a manager reviews their people's access without
 * `access-review.run`, so the console offers them the reviews screen for their work list.
 */
let reviewWork = null;
export function hasReviewWork() {
  if (!reviewWork) {
    reviewWork = get('/me/access-review-items').then((work) => work.items.length > 0);
    reviewWork.catch(() => { reviewWork = null; });
  }
  return reviewWork;
}

/** The account changed under this token (a second factor enrolled): ask GET /api/v1/me again. */
export function forgetMe() {
  whoAmI = null;
  reviewWork = null;
}

/**
 * Whether `who` (GET /api/v1/me) holds one of `permissions` over some scope: what the console
 * offers. An empty list is every staff member's; an unknown caller is offered everything and the
 * server decides.
 */
export function mayOpen(who, permissions) {
  if (!permissions.length || !Array.isArray(who?.permissions)) return true;
  return permissions.some((p) => who.permissions.includes(p));
}

export async function hasSecondFactor() { return (await me()).amr.includes('otp'); }

export function setSession(result) {
  accessToken = result.accessToken;
  whoAmI = null;
  reviewWork = null;
  expiresAt = Date.now() + (result.expiresIn || 900) * 1000;
  clearTimeout(refreshTimer);
  // Refresh shortly before the token expires (a minute, or a fifth of a short lifetime).
  const lead = Math.min(60, (result.expiresIn || 900) / 5) * 1000;
  refreshTimer = setTimeout(() => { refresh().catch(() => {}); }, Math.max(1000, expiresAt - Date.now() - lead));
}

function clearSession() {
  accessToken = null;
  whoAmI = null;
  reviewWork = null;
  expiresAt = 0;
  clearTimeout(refreshTimer);
}

/** Asks for a new access token with the refresh cookie; answers whether one was given. */
export function refresh() {
  if (!refreshing) {
    refreshing = fetch(`${BASE}/auth/refresh`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
      .then(async (answer) => {
        if (!answer.ok) return false;
        setSession(await answer.json());
        return true;
      })
      .catch(() => false)
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function readProblem(answer) {
  const type = answer.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { return await answer.json(); } catch { /* fall through */ }
  }
  return { status: answer.status, title: answer.statusText || `HTTP ${answer.status}` };
}

/**
 * Calls the API. Options: method, body (JSON unless a string with contentType), query (object),
 * headers, raw (answer the Response). Answers {data, etag, status}. A 401 refreshes once and
 * retries; when that fails the user is sent to sign-in.
 */
export async function api(path, options = {}, retried = false) {
  const url = new URL(BASE + path, window.location.origin);
  for (const [k, v] of Object.entries(options.query || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const headers = { Accept: options.accept || 'application/json', ...(options.headers || {}) };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let body;
  if (options.body !== undefined) {
    if (typeof options.body === 'string') {
      body = options.body;
      headers['Content-Type'] = options.contentType || 'text/plain';
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = options.contentType || 'application/json';
    }
  }
  const answer = await fetch(url, { method: options.method || 'GET', headers, body, credentials: 'same-origin' });
  if (answer.status === 401 && !options.anonymous) {
    if (!retried && accessToken && await refresh()) return api(path, options, true);
    clearSession();
    onSignedOut();
    throw new ApiError(401, await readProblem(answer));
  }
  if (!answer.ok) throw new ApiError(answer.status, await readProblem(answer));
  if (options.raw) return answer;
  const etag = answer.headers.get('ETag');
  if (answer.status === 204) return { data: null, etag, status: 204 };
  const type = answer.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await answer.json() : await answer.text();
  return { data, etag, status: answer.status };
}

export const get = (path, query) => api(path, { query }).then((r) => r.data);
export const post = (path, body, extra = {}) => api(path, { method: 'POST', body, ...extra }).then((r) => r.data);

/** Every page of a list (up to a bound), following nextCursor. */
export async function all(path, query = {}, maxPages = 20) {
  const items = [];
  let cursor;
  for (let i = 0; i < maxPages; i += 1) {
    const page = await get(path, { ...query, limit: 500, cursor });
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

export async function login(credentials) {
  const result = await api('/auth/login', { method: 'POST', body: credentials, anonymous: true });
  if (result.data.accessToken) setSession(result.data);
  return result.data;
}

/** The identity providers a tenant's sign-in offers, and whether its password form is for everyone. */
export async function ssoProviders(tenant) {
  return (await api('/auth/sso/providers', { query: { tenant }, anonymous: true })).data;
}

/** Where the browser goes to sign in through a provider (a navigation, not a call). */
export function ssoStart(tenant, providerId) {
  return `${BASE}/auth/sso/${encodeURIComponent(tenant)}/${encodeURIComponent(providerId)}/start`;
}

export async function completeMfa(mfaToken, code) {
  const result = await api('/auth/mfa', { method: 'POST', body: { mfaToken, code }, anonymous: true });
  setSession(result.data);
  return result.data;
}

/** Replaces the caller's password (after an admin's reset: the temporary one as current); ends their other sessions. */
export async function changePassword(currentPassword, newPassword) {
  await api('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
}

/** Proves the second factor again in this session (after a refusal at the mfa gate); the new token replaces the old. */
export async function stepUp(code) {
  const result = await api('/auth/step-up', { method: 'POST', body: { code } });
  setSession(result.data);
  return result.data;
}

export async function logout() {
  try {
    if (accessToken) {
      await fetch(`${BASE}/auth/logout`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Authorization: `Bearer ${accessToken}` },
      });
    }
  } catch { /* signed out locally all the same */ }
  clearSession();
}

/** Downloads an answer of the API as a file (audit export, an access request's bundle). */
export async function download(path, query, filename, accept) {
  const answer = await api(path, { query, raw: true, accept });
  const blob = await answer.blob();
  saveBlob(blob, filename);
}

export function saveBlob(blob, filename) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
