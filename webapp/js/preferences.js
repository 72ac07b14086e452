// The profile's preferences as a table: topic, channel, the element it names (or the channel's
// default element), opt-in, frequency, active (archived when off) and when it was last edited.
// Topic and channel are chosen when a preference is added; afterwards they are what identifies it.

import {el, when} from './dom.js';
import {SEEN} from './patch.js';
import {CHANNELS} from './channels.js';

function topicOf(form, name) {
    const topics = form.config.preferenceTopics || [];
    return topics.find(topic => topic.Name.toLowerCase() === String(name).toLowerCase()) || null;
}

/** The elements a preference on a channel can name: those read from the server (they have an id). */
function elementsOf(form, channel) {
    const spec = CHANNELS.find(candidate => candidate.channel.toLowerCase() === String(channel).toLowerCase());
    return spec ? (form.edited[spec.array] || []).filter(item => Number.isInteger(item.ContactElementId))
        .map(item => ({id: String(item.ContactElementId), label: `${spec.name(item)} (${item.ContactElementId})`})) : [];
}

export function preferenceTable(form) {
    const items = form.edited.Preferences;
    const seen = form.seen.Preferences || [];
    const topics = form.config.preferenceTopics;
    return el('fieldset', {class: 'wide', disabled: !form.editable, 'data-test': 'contacts:Preferences'},
        el('legend', {}, 'Preferences'),
        items.length === 0 ? el('p', {class: 'note'}, 'No preference.')
            : el('div', {class: 'table'}, el('table', {},
                el('thead', {}, el('tr', {}, ['Topic', 'Channel', 'Element', 'Opt-in', 'Frequency', 'Active', 'Edited', '']
                    .map(name => el('th', {scope: 'col'}, name)))),
                el('tbody', {}, items.map((item, index) => row(form, item, index,
                    item[SEEN] === undefined ? null : seen[item[SEEN]]))))),
        topics && topics.length === 0 ? null : el('button', {type: 'button', 'data-test': 'add:/Preferences', onclick: () => {
            const topic = topics ? topics[0] : null;
            form.addTo(items, '/Preferences', {Topic: topic ? topic.Name : null,
                Channel: topic && topic.Channels.length ? topic.Channels[0] : null, ContactElementId: null,
                OptIn: topic ? topic.DefaultOptIn !== false : true, Frequency: null, IsActive: true});
        }}, 'Add a preference'));
}

function row(form, item, index, original) {
    const at = `/Preferences/${index}`;
    const topic = topicOf(form, item.Topic);
    const name = `${item.Topic || 'new preference'} by ${item.Channel || '?'}`;
    const topics = form.config.preferenceTopics;
    let topicCell;
    let channelCell;
    if (original) {
        topicCell = el('th', {scope: 'row', 'data-test': `read:${at}/Topic`}, item.Topic,
            original.IsActive === false ? el('span', {class: 'tag'}, 'archived') : null);
        channelCell = el('td', {'data-test': `read:${at}/Channel`, 'data-label': 'Channel'}, item.Channel);
    } else {
        topicCell = el('td', {}, topics
            ? form.selectInput(`${at}/Topic`, 'Topic', topics.map(candidate => candidate.Name), item.Topic, value => {
                item.Topic = value;
                const chosen = topicOf(form, value);
                item.Channel = chosen && chosen.Channels.length ? chosen.Channels[0] : null;
                item.Frequency = null;
                item.ContactElementId = null;
                form.changed();
            })
            : form.textInput(`${at}/Topic`, 'Topic', item.Topic, value => { item.Topic = value; }, {maxlength: 100}));
        channelCell = el('td', {}, topic
            ? form.selectInput(`${at}/Channel`, `Channel of ${name}`, topic.Channels, item.Channel, value => {
                item.Channel = value;
                item.ContactElementId = null;
                form.changed();
            })
            : form.textInput(`${at}/Channel`, `Channel of ${name}`, item.Channel, value => { item.Channel = value; },
                {maxlength: 20}));
    }
    const elements = elementsOf(form, item.Channel);
    const current = item.ContactElementId === null || item.ContactElementId === undefined ? null : String(item.ContactElementId);
    const frequencies = topic ? topic.Frequencies || [] : null;
    return el('tr', {class: item.IsActive === false ? 'inactive' : null},
        topicCell, channelCell,
        el('td', {}, form.selectInput(`${at}/ContactElementId`, `Element of ${name}`,
            elements.map(element => element.id), current,
            value => { item.ContactElementId = value === null ? null : Number(value); },
            {blank: true, blankLabel: 'the default element', labels: Object.fromEntries(elements.map(e => [e.id, e.label]))})),
        el('td', {}, form.switchInput(`${at}/OptIn`, `Opt-in (${name})`, item.OptIn === true,
            value => { item.OptIn = value; })),
        el('td', {}, frequencies
            ? form.selectInput(`${at}/Frequency`, `Frequency of ${name}`, frequencies, item.Frequency,
                value => { item.Frequency = value; }, {blank: true})
            : form.textInput(`${at}/Frequency`, `Frequency of ${name}`, item.Frequency,
                value => { item.Frequency = value; }, {maxlength: 100})),
        el('td', {}, form.switchInput(`${at}/IsActive`, `Active (${name})`, item.IsActive !== false,
            value => { item.IsActive = value; })),
        el('td', {'data-test': `read:${at}/Edited`, 'data-label': 'Edited'},
            item.Edited && item.Edited.ModifiedBy ? `${when(item.Edited.ModifiedDate)} by ${item.Edited.ModifiedBy}` : ''),
        el('td', {class: 'actions-cell'}, original ? null
            : form.removeFrom(form.edited.Preferences, index, `Remove the new preference ${name}`, `remove:${at}`)));
}
