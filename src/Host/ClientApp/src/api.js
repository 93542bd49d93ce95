// Fetch helpers for the Host's JSON API (same origin, cookie sign-in).

export class ApiError extends Error {
  constructor(status, body, message) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function toLogin() {
  location.href = `/login?ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`;
}

async function parse(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function api(path, { method = 'GET', body, raw = false } = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = raw ? body : JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, null, 'Niet ingelogd.');
  }
  const data = await parse(response);
  if (!response.ok) {
    const message =
      response.status === 403 ? 'U heeft geen rechten voor deze handeling.'
      : response.status === 404 ? 'Niet gevonden.'
      : (data && (data.detail || data.title)) || (typeof data === 'string' ? data : `Fout ${response.status}`);
    throw new ApiError(response.status, data, message);
  }
  return data;
}

/** Plain text GET (the Elsa JSON export is returned as text so unknown fields survive untouched). */
export async function getText(path) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, null, 'Niet ingelogd.');
  }
  if (!response.ok) throw new ApiError(response.status, null, response.status === 404 ? 'Niet gevonden.' : `Fout ${response.status}`);
  return response.text();
}

export const formatDate = (value) =>
  value ? new Date(value).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : '—';

export const formatDateTime = (value) =>
  value ? new Date(value).toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';

export const formatNumber = (value, digits = 0) =>
  value === null || value === undefined || value === '' ? '—'
  : typeof value === 'number' ? value.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
  : String(value);
