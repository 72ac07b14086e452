// A table of consents: those of one contact element, or the profile's own (channel-less types).
// Each row shows the consent type, status, effective status, version, consent date, expiration and
// where it was collected; Status, Version, the collection point and Active are editable, and one
// button does the common change (Revoke a granted consent, Grant any other). A status changed in
// the console gets the consent date "now" (sent as null: the server's clock decides).

import {el, when} from './dom.js';
import {SEEN} from './patch.js';

export const STATUSES = ['Granted', 'Denied', 'Revoked', 'NotSet'];

/** The consent types of a channel (null: the profile's own), or null when the configuration is unknown. */
function typesOf(form, channel) {
    const types = form.config.consentTypes;
    return types ? types.filter(type => (type.Channel ?? null) === channel) : null;
}

/**
 * @param consents the array as edited
 * @param base     its pointer, e.g. /Emails/0/Consents
 * @param seen     the same array as read (items are matched by SEEN), [] for a new element
 * @param channel  Email, Phone, Address, or null for the profile's consents
 * @param owner    the words naming the element in labels, e.g. "ada@example.org"
 */
export function consentTable(form, consents, base, seen, channel, owner) {
    const types = typesOf(form, channel);
    const rows = consents.map((consent, index) => consentRow(form, consent, `${base}/${index}`,
        consent[SEEN] === undefined ? null : seen[consent[SEEN]], types, owner, () => {
            consents.splice(index, 1);
            form.changed();
        }));
    const caption = owner ? `Consents for ${owner}` : 'Consents of the profile';
    // the profile's own table is named by its fieldset's legend
    return el('div', {class: 'consents', 'data-test': `consents:${base}`},
        consents.length === 0 ? el('p', {class: 'note'}, `${caption}: none recorded.`)
            : el('div', {class: 'table'}, el('table', {},
                owner ? el('caption', {}, caption) : null,
                el('thead', {}, el('tr', {}, ['Consent type', 'Status', 'Effective status', 'Version', 'Consent date',
                    'Expires', 'Collected at', 'Active', ''].map(name => el('th', {scope: 'col'}, name)))),
                el('tbody', {}, rows))),
        adder(form, consents, base, types, owner));
}

function consentRow(form, consent, at, original, types, owner, remove) {
    const name = `${consent.ConsentType}${owner ? ` for ${owner}` : ''}`;
    const type = types ? types.find(candidate => candidate.Name.toLowerCase() === String(consent.ConsentType).toLowerCase()) : null;
    const setStatus = value => {
        consent.Status = value;
        // an unchanged status keeps its date; a new decision is dated when it is stored
        consent.ConsentDate = original && original.Status === value ? original.ConsentDate : null;
        form.changed();
    };
    const versions = type ? (type.Versions || []).map(version => String(version.Version)) : null;
    const version = consent.Version === null || consent.Version === undefined ? null : String(consent.Version);
    const applyVersion = value => { consent.Version = value === null ? null : Number(value); };
    const granted = consent.Status === 'Granted';
    return el('tr', {class: consent.IsActive === false ? 'inactive' : null},
        el('th', {scope: 'row', 'data-test': `read:${at}/ConsentType`},
            consent.ConsentType, consent.Locale ? el('span', {class: 'note'}, ` (${consent.Locale})`) : null),
        el('td', {}, form.selectInput(`${at}/Status`, `Status of ${name}`, STATUSES, consent.Status, setStatus)),
        el('td', {'data-test': `read:${at}/EffectiveStatus`, 'data-label': 'Effective status'},
            consent.EffectiveStatus || (original ? '' : 'when saved')),
        el('td', {}, versions
            ? form.selectInput(`${at}/Version`, `Version of ${name}`, versions, version, applyVersion,
                {blank: !original, blankLabel: '(latest)'})
            : form.textInput(`${at}/Version`, `Version of ${name}`, version, applyVersion,
                {inputmode: 'numeric', placeholder: 'latest', size: 4})),
        el('td', {'data-test': `read:${at}/ConsentDate`, 'data-label': 'Consent date'},
            consent.ConsentDate ? el('time', {datetime: consent.ConsentDate}, when(consent.ConsentDate)) : 'now, when saved'),
        el('td', {'data-test': `read:${at}/ExpirationDate`, 'data-label': 'Expires'},
            consent.ExpirationDate ? el('time', {datetime: consent.ExpirationDate}, when(consent.ExpirationDate))
                : original ? 'never' : ''),
        el('td', {}, form.textInput(`${at}/Source/CollectionPoint`, `Collected at (${name})`,
            (consent.Source || {}).CollectionPoint, value => {
                consent.Source = {CollectionPoint: null, Url: null, UserAgent: null, IpAddress: null,
                    ...(consent.Source || {}), CollectionPoint: value};
            }, {maxlength: 100, autocomplete: 'off'})),
        el('td', {}, form.switchInput(`${at}/IsActive`, `Active (${name})`, consent.IsActive !== false,
            value => { consent.IsActive = value; })),
        el('td', {class: 'actions-cell'},
            el('button', {type: 'button', class: 'quiet', 'data-test': `${granted ? 'revoke' : 'grant'}:${at}`,
                onclick: () => setStatus(granted ? 'Revoked' : 'Granted')}, granted ? `Revoke` : `Grant`),
            original ? null : el('button', {type: 'button', class: 'remove', 'data-test': `remove:${at}`,
                'aria-label': `Remove the new consent ${name}`, onclick: remove}, 'Remove')));
}

/** Adds a consent of a type not yet held; without the configuration, of a type typed in. */
function adder(form, consents, base, types, owner) {
    const held = new Set(consents.map(consent => String(consent.ConsentType).toLowerCase()));
    const offered = types ? types.filter(type => !held.has(type.Name.toLowerCase())) : null;
    if (offered && offered.length === 0) {
        return null;
    }
    const id = `${base.replace(/\W+/g, '-')}-type`;
    const chooser = offered
        ? el('select', {id, 'data-test': `consent-type:${base}`},
            offered.map(type => el('option', {value: type.Name}, type.Description ? `${type.Name} — ${type.Description}` : type.Name)))
        : el('input', {id, type: 'text', 'data-test': `consent-type:${base}`, autocomplete: 'off'});
    return el('div', {class: 'row add'},
        el('label', {for: id}, `Consent to record${owner ? ` for ${owner}` : ''}`), chooser,
        el('button', {type: 'button', 'data-test': `add:${base}`, onclick: () => {
            if (!chooser.value.trim()) {
                return;
            }
            form.addTo(consents, base, {ConsentType: chooser.value.trim(), Version: null, Status: 'Granted',
                Locale: form.edited.DefaultLocale ?? null, ConsentDate: null,
                Source: {CollectionPoint: null, Url: null, UserAgent: null, IpAddress: null}, IsActive: true});
        }}, 'Add the consent'));
}
