// A profile's change history (GET /v4/{client}/Profile/{id}/History): who changed what, when.
// A server without the History routes (404 or 405) gets a plain note instead.

import {call, enc} from './api.js';
import {el} from './profile-form.js';

const VERBS = {add: 'added', replace: 'set', remove: 'removed', test: 'checked'};

function describe(operation) {
    const value = operation.value === undefined ? '' : ` to ${JSON.stringify(operation.value)}`;
    if (operation.op === 'remove') {
        return `removed ${operation.path}`;
    }
    if (operation.op === 'add' && operation.path.endsWith('/-')) {
        return `added to ${operation.path.slice(0, -2)}: ${JSON.stringify(operation.value)}`;
    }
    return `${VERBS[operation.op] || operation.op} ${operation.path}${value}`;
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
            el('ul', {}, (change.Patch || []).map(operation => el('li', {}, describe(operation))))))));
}
