// A profile's contact elements (Emails, Phones, Addresses), each with its consents; then the
// profile's own consents and its preferences. Elements are edited in place, added, deactivated
// (Active off) or removed; ContactElementId is shown, never edited.

import {el} from './dom.js';
import {consentTable} from './consents.js';
import {preferenceTable} from './preferences.js';
import {SEEN} from './patch.js';
import {CHANNELS} from './channels.js';


/** The fieldsets of the contact part; none for a profile read from a server without it. */
export function contactSections(form) {
    if (!CHANNELS.every(channel => Array.isArray(form.edited[channel.array]))) {
        return [];
    }
    return [
        ...CHANNELS.map(channel => channelSection(form, channel)),
        el('fieldset', {class: 'wide', disabled: !form.editable, 'data-test': 'contacts:Consents'},
            el('legend', {}, 'Consents of the profile'),
            consentTable(form, form.edited.Consents, '/Consents', form.seen.Consents || [], null, null)),
        preferenceTable(form),
    ];
}

/** The contact types of a channel, or null when the configuration is unknown (free text then). */
export function contactTypes(form, channel) {
    const types = form.config.contactTypes;
    return types ? types.filter(type => type.Channel === channel).map(type => type.Name) : null;
}

function channelSection(form, channel) {
    const items = form.edited[channel.array];
    const seen = form.seen[channel.array] || [];
    return el('fieldset', {class: 'wide', disabled: !form.editable, 'data-test': `contacts:${channel.array}`},
        el('legend', {}, channel.title),
        items.length === 0 ? el('p', {class: 'note'}, `No ${channel.noun}.`) : null,
        items.map((item, index) => element(form, channel, item, index, seen)),
        el('button', {type: 'button', 'data-test': `add:/${channel.array}`, onclick: () => {
            const hasDefault = items.some(other => other.IsDefault && other.IsActive !== false);
            const types = contactTypes(form, channel.channel);
            form.addTo(items, `/${channel.array}`, {...channel.blank(), ContactType: types && types.length ? types[0] : null,
                IsDefault: !hasDefault, IsActive: true, Consents: []});
        }}, `Add ${/^[aeiou]/.test(channel.noun) ? 'an' : 'a'} ${channel.noun}`));
}

function element(form, channel, item, index, seen) {
    const at = `/${channel.array}/${index}`;
    const name = channel.name(item) || `new ${channel.noun} ${index + 1}`;
    const set = member => value => { item[member] = value; };
    const types = contactTypes(form, channel.channel);
    const type = types
        ? form.selectInput(`${at}/ContactType`, 'Contact type', types, item.ContactType, set('ContactType'))
        : form.textInput(`${at}/ContactType`, 'Contact type', item.ContactType, set('ContactType'),
            {maxlength: 100, autocomplete: 'off'});
    const original = item[SEEN] === undefined ? null : seen[item[SEEN]];
    return el('div', {class: item.IsActive === false ? 'item element inactive' : 'item element',
        'data-test': `element:${at}`},
        el('h3', {},
            `${channel.singular} ${index + 1}`,
            el('span', {class: 'note', 'data-test': `read:${at}/ContactElementId`},
                Number.isInteger(item.ContactElementId) ? ` (ContactElementId ${item.ContactElementId})` : ' (new)'),
            original && original.IsActive === false ? el('span', {class: 'tag'}, 'inactive') : null),
        el('div', {class: 'fields'}, valueInputs(form, channel, item, at, name, set), type,
            channel.channel === 'Phone' ? form.switchInput(`${at}/IsMobile`, 'Mobile', item.IsMobile === true, set('IsMobile')) : null,
            form.switchInput(`${at}/IsDefault`, 'Default', item.IsDefault === true, set('IsDefault')),
            form.switchInput(`${at}/IsActive`, 'Active', item.IsActive !== false, set('IsActive')),
            form.removeFrom(form.edited[channel.array], index, `Remove ${name}`, `remove:${at}`)),
        consentTable(form, item.Consents || (item.Consents = []), `${at}/Consents`,
            original ? original.Consents || [] : [], channel.channel, name));
}

/** The inputs of the element's value: an address, a number, or the lines of a postal address. */
function valueInputs(form, channel, item, at, name, set) {
    if (channel.channel === 'Email') {
        return form.textInput(`${at}/EmailAddress`, 'Email address', item.EmailAddress, set('EmailAddress'),
            {type: 'email', maxlength: 254, autocomplete: 'off', spellcheck: 'false'});
    }
    if (channel.channel === 'Phone') {
        return form.textInput(`${at}/PhoneNumber`, 'Phone number',
            item.PhoneNumber, set('PhoneNumber'), {type: 'tel', maxlength: 40, autocomplete: 'off', placeholder: '+44 20 7946 0000, or national'});
    }
    const lines = form.wrap(`${at}/Lines`, 'Lines (1 to 4, one per line)', el('textarea', {rows: 3,
        value: (item.Lines || []).join('\n'),
        oninput: form.edit(value => { item.Lines = value === null ? [] : value.split('\n'); })}));
    return [lines,
        form.textInput(`${at}/City`, 'City', item.City, set('City'), {maxlength: 100}),
        form.textInput(`${at}/Region`, 'Region', item.Region, set('Region'), {maxlength: 100}),
        form.textInput(`${at}/PostalCode`, 'Postal code', item.PostalCode, set('PostalCode'), {maxlength: 100}),
        form.textInput(`${at}/CountryCode`, 'Country code (ISO 3166, e.g. GB)', item.CountryCode,
            value => { item.CountryCode = value === null ? null : value.toUpperCase(); }, {maxlength: 2, size: 3})];
}
