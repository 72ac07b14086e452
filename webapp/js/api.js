// The session (a bearer token kept in this tab's sessionStorage) and the HTTP calls to /Profiles/v4.

const TOKEN_KEY = 'prefcenter.token';
const API = new URL('v4/', document.baseURI);

export function storedToken() {
    return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(token) {
    const claims = decodeClaims(token);
    sessionStorage.setItem(TOKEN_KEY, token);
    return claims;
}

export function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
}

/** The token's payload, unverified: the server verifies it on every request; this only shows it. */
export function decodeClaims(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3) {
        throw new Error('This is not a JWT: it must have three parts separated by dots.');
    }
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    const scope = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    return {
        user: claims.upn || claims.preferred_username || claims.sub || '(unknown)',
        roles: Array.isArray(claims.groups) ? claims.groups : [],
        clients: scope.map(entry => entry.split('/')[0]).filter(Boolean),
        expires: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
    };
}

/**
 * One request. Answers {status, ok, etag, body}; body is the parsed JSON (a problem document on
 * errors) or null. A network failure answers status 0 with a problem of its own.
 */
export async function call(method, path, {body, contentType = 'application/json', ifMatch} = {}) {
    const headers = {Accept: 'application/json, application/problem+json'};
    const token = storedToken();
    if (token) {
        headers.Authorization = `Bearer ${token.trim()}`;
    }
    if (body !== undefined) {
        headers['Content-Type'] = contentType;
    }
    if (ifMatch) {
        headers['If-Match'] = ifMatch;
    }
    let response;
    try {
        response = await fetch(new URL(path, API), {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (failure) {
        return {status: 0, ok: false, etag: null,
            body: {title: 'The server cannot be reached', detail: String(failure.message || failure)}};
    }
    const text = await response.text();
    let parsed = null;
    if (text) {
        try {
            parsed = JSON.parse(text);
        } catch {
            parsed = {title: `HTTP ${response.status}`, detail: text.slice(0, 200)};
        }
    }
    return {status: response.status, ok: response.ok, etag: response.headers.get('ETag'), body: parsed};
}

/** A path segment or query value, encoded. */
export const enc = encodeURIComponent;
