// The console's wiring: session, look-up, edit and save, create, history, configuration.

import {call, decodeClaims, enc, signIn, signOut, storedToken} from './api.js';
import {diff, wire} from './patch.js';
import {blankProfile, el, ProfileForm} from './profile-form.js';
import {showHistory} from './history.js';
import {showAdmin} from './admin.js';

const $ = id => document.getElementById(id);
const TEST_FAILED = 'urn:prefcenter:problem:test-failed';

const state = {session: null, client: null, config: null, profileId: null, etag: null, creating: false, operations: []};
const form = new ProfileForm($('profile-form'), updatePreview);

function say(text) {
    $('status').textContent = text;
}

function canEdit() {
    return state.session.roles.includes('ProfileEditor');
}

// ---- session

function startSession(claims) {
    state.session = claims;
    $('user').textContent = claims.user;
    $('roles').textContent = claims.roles.join(', ') || '(none)';
    $('clients').textContent = claims.clients.join(', ') || '(none)';
    $('expiry').textContent = claims.expires ? claims.expires.toLocaleString() : '(no expiry)';
    $('who').textContent = `Signed in as ${claims.user}`;
    $('client').replaceChildren(...claims.clients.map(client => el('option', {value: client}, client)));
    $('sign-in-section').hidden = true;
    $('signed-in').hidden = false;
    $('lookup-section').hidden = false;
    $('new-profile').hidden = !canEdit();
    if (claims.clients.length === 0) {
        say('This token grants no client (its scope is empty): nothing can be looked up.');
        return;
    }
    selectClient(claims.clients[0]);
}

function endSession() {
    signOut();
    Object.assign(state, {session: null, client: null, config: null, profileId: null, etag: null});
    for (const id of ['signed-in', 'lookup-section', 'profile-section', 'history-section', 'admin-section']) {
        $(id).hidden = true;
    }
    $('profile-form').replaceChildren();
    $('who').textContent = '';
    $('sign-in-section').hidden = false;
    $('token').value = '';
    say('Signed out.');
    $('token').focus();
}

$('sign-in-form').addEventListener('submit', event => {
    event.preventDefault();
    try {
        const token = $('token').value.trim();
        const claims = decodeClaims(token);
        if (claims.expires && claims.expires < new Date()) {
            say(`This token expired at ${claims.expires.toLocaleString()}: get a new one.`);
            return;
        }
        signIn(token);
        $('token').value = '';
        startSession(claims);
        say(`Signed in as ${claims.user}.`);
    } catch (failure) {
        say(`This token cannot be read: ${failure.message}`);
    }
});
$('sign-out').addEventListener('click', endSession);

// ---- configuration of the chosen client

async function selectClient(client) {
    state.client = client;
    $('profile-section').hidden = true;
    $('history-section').hidden = true;
    await loadConfig();
}

// The client's contact configuration; a route this server does not have leaves its inputs free text.
const CONTACT_CONFIG = {contactTypes: 'ContactTypes', consentTypes: 'ConsentTypes', preferenceTopics: 'PreferenceTopics'};

async function loadConfig() {
    const [alternateIdTypes, customerTypes, customFields, ...contact] = await Promise.all(
        ['AlternateIdTypes', 'CustomerTypes', 'CustomFields', ...Object.values(CONTACT_CONFIG)]
            .map(path => call('GET', `${enc(state.client)}/${path}`)));
    const failed = [alternateIdTypes, customerTypes, customFields].find(reply => !reply.ok);
    if (failed) {
        say(`The configuration of ${state.client} cannot be read: ${problemText(failed)}`);
        return;
    }
    state.config = {alternateIdTypes: alternateIdTypes.body, customerTypes: customerTypes.body, customFields: customFields.body};
    Object.keys(CONTACT_CONFIG).forEach((key, index) => {
        state.config[key] = contact[index].ok && Array.isArray(contact[index].body) ? contact[index].body : null;
    });
    $('alternate-id-type').replaceChildren(...state.config.alternateIdTypes.map(type =>
        el('option', {value: type.Name}, type.Name)));
    if (form.edited && !$('profile-section').hidden) {
        form.config = state.config; // a type or field just added by the ClientAdmin, offered at once
        form.render();
    }
    const admin = state.session.roles.includes('ClientAdmin');
    $('admin-section').hidden = !admin;
    if (admin) {
        showAdmin($('admin'), state.client, state.config, loadConfig);
    }
}

$('client').addEventListener('change', event => selectClient(event.target.value));

// ---- look-up

$('lookup-form').addEventListener('submit', async event => {
    event.preventDefault();
    const type = $('alternate-id-type').value;
    const id = $('alternate-id').value.trim();
    if (!type || !id) {
        say('Choose an alternate id type and enter an alternate id.');
        return;
    }
    say(`Looking up ${type} ${id}…`);
    showReply(await call('GET', `${enc(state.client)}/Profile?alternateIdType=${enc(type)}&alternateId=${enc(id)}`));
});

$('profile-id-form').addEventListener('submit', async event => {
    event.preventDefault();
    const id = $('profile-id').value.trim();
    if (!/^[0-9]+$/.test(id)) {
        say('A ProfileId is a whole number.');
        return;
    }
    showReply(await call('GET', `${enc(state.client)}/Profile/${id}`));
});

$('new-profile').addEventListener('click', () => {
    Object.assign(state, {profileId: null, etag: null, creating: true});
    showForm(blankProfile(state.config));
    $('history-section').hidden = true;
    say('A new profile: fill it in, then Save creates it.');
});

/** Shows a profile read or stored, or says why there is none. */
function showReply(reply, message) {
    if (!reply.ok) {
        say(problemText(reply));
        return;
    }
    Object.assign(state, {profileId: reply.body.ProfileId, etag: reply.etag, creating: false});
    showForm(reply.body);
    $('history-section').hidden = false;
    $('history').replaceChildren();
    say(message || `Profile ${reply.body.ProfileId} loaded.`);
}

function showForm(profile) {
    form.show(profile, state.config, {editable: canEdit()});
    $('conflict').hidden = true;
    $('problem').hidden = true;
    $('etag').textContent = state.etag || '';
    $('save').hidden = !canEdit();
    $('save').textContent = state.creating ? 'Create' : 'Save';
    $('profile-section').hidden = false;
    updatePreview();
}

function updatePreview() {
    if (state.creating) {
        state.operations = [];
        $('patch-preview').textContent = JSON.stringify(form.document(), null, 2);
        return;
    }
    state.operations = diff(form.seen, form.edited, form.origins);
    $('patch-preview').textContent = state.operations.length
        ? JSON.stringify(wire(state.operations), null, 2) : '(no changes)';
}

// ---- save

$('save').addEventListener('click', async () => {
    form.clearErrors();
    $('problem').hidden = true;
    $('conflict').hidden = true;
    if (state.creating) {
        const reply = await call('POST', `${enc(state.client)}/Profile`, {body: form.document()});
        return reply.ok ? showReply(reply, `Profile ${reply.body.ProfileId} created.`) : refused(reply, []);
    }
    const operations = state.operations;
    if (operations.length === 0) {
        say('Nothing to save: no field was changed.');
        return;
    }
    say('Saving…');
    const reply = await call('PATCH', `${enc(state.client)}/Profile/${state.profileId}`,
        {body: wire(operations), contentType: 'application/json-patch+json', ifMatch: state.etag});
    if (reply.ok) {
        showReply(reply, `Saved. The new ETag is ${reply.etag}.`);
    } else if (reply.status === 412 || (reply.status === 409 && reply.body && reply.body.type === TEST_FAILED)) {
        $('conflict').hidden = false;
        say('Not saved: the profile changed meanwhile.');
        $('reload').focus();
    } else {
        refused(reply, operations);
    }
});

$('reload').addEventListener('click', async () => {
    showReply(await call('GET', `${enc(state.client)}/Profile/${state.profileId}`), 'Reloaded: your edits were discarded.');
});

/** A refused change: each error beside the input it names, the rest in the summary. */
function refused(reply, operations) {
    const problem = reply.body || {};
    const errors = (problem.errors || []).map(error => ({...error, field: fieldOf(error, operations)}));
    const unplaced = form.showErrors(errors);
    $('problem').replaceChildren(
        el('p', {}, el('strong', {}, `Not saved (${reply.status} ${problem.title || ''}): `), problem.detail || ''),
        el('ul', {}, unplaced.map(error => el('li', {'data-test': 'error', 'data-path': error.path ?? ''},
            error.path ? `${error.path}: ${error.message}` : error.message))));
    $('problem').hidden = false;
    say(`Not saved: ${problem.detail || problem.title || `HTTP ${reply.status}`}`);
}

/**
 * The input an error belongs to. An error of the patch itself names the operation's path (the form
 * knows which input made it); an error of the patched profile names a member of the document as
 * edited, which is where the form's pointers point; a read-only member (an ExpirationDate) or a
 * whole item is shown beside the nearest input of its item.
 */
function fieldOf(error, operations) {
    const operation = Number.isInteger(error.operation) ? operations[error.operation] : null;
    if (operation && (!error.path || error.path.toLowerCase() === operation.path.toLowerCase())) {
        return operation.field;
    }
    if (!error.path) {
        return null;
    }
    const tokens = error.path.split('/');
    for (let length = tokens.length; length >= 3; length--) {
        const candidate = tokens.slice(0, length).join('/');
        if (form.row(candidate)) {
            return candidate;
        }
    }
    return operation ? operation.field : error.path;
}

function problemText(reply) {
    const problem = reply.body || {};
    if (reply.status === 401) {
        return 'The server refused the token (expired, or not from its issuer): sign out and sign in with a new one.';
    }
    return `${reply.status ? `${reply.status} ` : ''}${problem.title || ''}${problem.detail ? `: ${problem.detail}` : ''}`;
}

// ---- history

$('show-history').addEventListener('click', () => showHistory($('history'), state.client, state.profileId));

// ---- start: a token kept from earlier in this tab

const kept = storedToken();
if (kept) {
    try {
        startSession(decodeClaims(kept));
    } catch {
        signOut();
    }
}
