// A profile's change history (GET /v4/{client}/Profile/{id}/History): who changed what, when, each
// changed value from old to new, by field name. Entries recorded before the server listed Changes
// are shown by their Patch. A server without the History routes (404 or 405) gets a plain note.

import {call, enc} from './api.js';
import {el} from './profile-form.js';

/** One operation in words: "set /CustomerName/FirstName to "Augusta"". */
function describe({op, path, value}) {
    const shown = JSON.stringify(value);
    switch (op) {
        case 'remove':
            return `removed ${path}`;
        case 'add':
            return path.endsWith('/-') ? `added to ${path.slice(0, -2)}: ${shown}` : `added ${path}: ${shown}`;
        case 'replace':
            return `set ${path} to ${shown}`;
        case 'test':
            return `checked that ${path} was ${shown}`;
        default:
            return `${op} ${path}`;
    }
}

/** A changed value's field in words: "CustomerName FirstName", "CustomFields Tier Value". */
function field({Path, Item}) {
    const tokens = Path.split('/').slice(1).map(token => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (Item && tokens.length > 1) {
        tokens[1] = Object.values(Item).join(' ');
    }
    return tokens.join(' ');
}

/** One changed value in words: "CustomerName FirstName: "Ada" → "Augusta"". */
function describeChange(change) {
    const name = field(change);
    if (change.Old === null) {
        return `added ${name}: ${JSON.stringify(change.New)}`;
    }
    if (change.New === null) {
        return `removed ${name} (was ${JSON.stringify(change.Old)})`;
    }
    return `${name}: ${JSON.stringify(change.Old)} → ${JSON.stringify(change.New)}`;
}

function lines(change) {
    return Array.isArray(change.Changes) ? change.Changes.map(describeChange) : (change.Patch || []).map(describe);
}

export async function showHistory(container, client, profileId) {
    container.replaceChildren(el('p', {}, 'Loading the history…'));
    const reply = await call('GET', `${enc(client)}/Profile/${enc(profileId)}/History`);
    if (reply.status === 404 || reply.status === 405) {
        container.replaceChildren(el('p', {'data-test': 'history-unavailable'},
            'This server keeps no change history yet.'));
        return;
    }
    if (!reply.ok || !reply.body || !Array.isArray(reply.body.Changes)) {
        const detail = reply.body ? reply.body.detail || reply.body.title : `HTTP ${reply.status}`;
        container.replaceChildren(el('p', {class: 'error'}, el('strong', {}, 'Error: '), detail));
        return;
    }
    if (reply.body.Changes.length === 0) {
        container.replaceChildren(el('p', {}, 'No changes recorded.'));
        return;
    }
    container.replaceChildren(el('ol', {class: 'history'}, reply.body.Changes.map(change =>
        el('li', {'data-test': 'history-entry'},
            el('p', {},
                el('strong', {}, `Version ${change.Version}`), ` — ${change.Kind} by ${change.ModifiedBy}, `,
                el('time', {datetime: change.ModifiedDate}, new Date(change.ModifiedDate).toLocaleString())),
            el('ul', {}, lines(change).map(line => el('li', {}, line)))))));
}
