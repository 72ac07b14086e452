// A ClientAdmin's view of the client's configuration: alternate id types, customer types and
// custom field definitions, each listed with a form that adds one.

import {call, enc} from './api.js';
import {el} from './profile-form.js';

const DATA_TYPES = ['Text', 'Numeric', 'Boolean', 'Date', 'SelectList'];

const KINDS = [
    {path: 'AlternateIdTypes', title: 'Alternate id types', key: 'alternateIdTypes',
        describe: item => item.Description ? `${item.Name} — ${item.Description}` : item.Name,
        inputs: [['Name', 'text'], ['Description', 'text']]},
    {path: 'CustomerTypes', title: 'Customer types', key: 'customerTypes',
        describe: item => item.IsDefault ? `${item.Name} (default)` : item.Name,
        inputs: [['Name', 'text'], ['IsDefault', 'checkbox']]},
    {path: 'CustomFields', title: 'Custom fields', key: 'customFields',
        describe: item => `${item.Name}: ${item.DataType}`
            + (item.Options && item.Options.length ? ` (${item.Options.join(', ')})` : '')
            + (item.MaxLength ? `, at most ${item.MaxLength} characters` : ''),
        inputs: [['Name', 'text'], ['DataType', DATA_TYPES], ['Options', 'text', 'options, comma-separated'],
            ['MaxLength', 'number']]},
];

function input(kind, [name, type, hint]) {
    const id = `admin-${kind.path}-${name}`;
    const control = Array.isArray(type)
        ? el('select', {id, name}, type.map(option => el('option', {value: option}, option)))
        : el('input', {id, name, type, autocomplete: 'off'});
    return el('div', {class: type === 'checkbox' ? 'row switch' : 'row'},
        el('label', {for: id}, hint ? `${name} (${hint})` : name), control);
}

function body(form) {
    const values = {};
    for (const control of form.querySelectorAll('[name]')) {
        if (control.type === 'checkbox') {
            values[control.name] = control.checked;
        } else if (control.value.trim() !== '') {
            values[control.name] = control.name === 'Options'
                ? control.value.split(',').map(option => option.trim()).filter(Boolean)
                : control.type === 'number' ? Number(control.value) : control.value.trim();
        }
    }
    return values;
}

/** Renders the three lists; `changed` is called after an addition, so that the profile form updates. */
export function showAdmin(container, client, config, changed) {
    container.replaceChildren(...KINDS.map(kind => {
        const message = el('p', {role: 'status', class: 'note'});
        const form = el('form', {'data-test': `admin-add:${kind.path}`},
            kind.inputs.map(spec => input(kind, spec)),
            el('button', {type: 'submit'}, `Add to ${kind.title.toLowerCase()}`));
        form.addEventListener('submit', async event => {
            event.preventDefault();
            const reply = await call('POST', `${enc(client)}/${kind.path}`, {body: body(form)});
            if (reply.ok) {
                form.reset();
                await changed();
            } else {
                const problem = reply.body || {};
                message.replaceChildren(el('strong', {}, 'Error: '),
                    [problem.detail || problem.title || `HTTP ${reply.status}`,
                        ...(problem.errors || []).map(error => ` ${error.path || ''} ${error.message}`)].join(''));
            }
        });
        return el('section', {'aria-label': kind.title},
            el('h3', {}, kind.title),
            el('ul', {'data-test': `admin-list:${kind.path}`},
                config[kind.key].map(item => el('li', {}, kind.describe(item)))),
            form, message);
    }));
}
