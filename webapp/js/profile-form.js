// The whole profile as a form. It keeps the profile as seen and as edited; every editable input is
// bound to a JSON Pointer (its data-test hook is `field:<pointer>`) and writes into the edited copy.

import {ARRAYS, NAME_PARTS, markSeen} from './patch.js';
import {el, when} from './dom.js';
import {contactSections} from './contacts.js';

export {el};

const SWITCHES = [
    ['IsActive', 'Active'],
    ['RegistrationConfirmed', 'Registration confirmed'],
    ['PreserveConsents', 'Preserve consents'],
    ['PreservePreferences', 'Preserve preferences'],
];
const NAME_LABELS = {Prefix: 'Prefix', FirstName: 'First name', MiddleName: 'Middle name',
    LastName: 'Last name', Suffix: 'Suffix'};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let ids = 0;

function copy(value) {
    return JSON.parse(JSON.stringify(value));
}

/** A blank profile for Create: what the server defaults, with the client's defaults filled in. */
export function blankProfile(config) {
    const defaultType = config.customerTypes.find(type => type.IsDefault) || config.customerTypes[0];
    return {
        IsActive: true, RegistrationConfirmed: false,
        CustomerType: defaultType ? defaultType.Name : null,
        PreserveConsents: true, PreservePreferences: true,
        CustomerName: {Prefix: null, FirstName: null, MiddleName: null, LastName: null, Suffix: null},
        DefaultLocale: null, AlternateIds: [], CustomFields: [],
        Emails: [], Phones: [], Addresses: [], Consents: [], Preferences: [],
    };
}

export class ProfileForm {
    /**
     * @param form     the <form> to render into
     * @param onChange called after every edit
     */
    constructor(form, onChange) {
        this.form = form;
        this.onChange = onChange;
    }

    /** Shows a profile (or a blank one for create); config: {alternateIdTypes, customerTypes, customFields}. */
    show(profile, config, {editable}) {
        this.seen = copy(profile);
        this.edited = copy(profile);
        this.config = config;
        this.editable = editable;
        this.origins = {};
        for (const array of Object.keys(ARRAYS)) {
            this.edited[array] = this.edited[array] || [];
            this.origins[array] = this.edited[array].map((item, index) => index);
        }
        markSeen(this.edited);
        this.render();
    }

    render() {
        const focused = document.activeElement && document.activeElement.dataset
            ? document.activeElement.dataset.test : null;
        this.form.replaceChildren(
            this.readOnlyFacts(),
            el('fieldset', {disabled: !this.editable},
                el('legend', {}, 'Flags'),
                SWITCHES.map(([name, label]) => this.switchInput(`/${name}`, label,
                    this.edited[name] === true, value => { this.edited[name] = value; }))),
            el('fieldset', {disabled: !this.editable},
                el('legend', {}, 'Customer'),
                this.selectInput('/CustomerType', 'Customer type',
                    this.config.customerTypes.map(type => type.Name), this.edited.CustomerType,
                    value => { this.edited.CustomerType = value; }),
                this.textInput('/DefaultLocale', 'Default locale (BCP 47, e.g. en-US)', this.edited.DefaultLocale,
                    value => { this.edited.DefaultLocale = value; }, {maxlength: 15, autocomplete: 'off'})),
            el('fieldset', {disabled: !this.editable},
                el('legend', {}, 'Name'),
                NAME_PARTS.map(part => this.textInput(`/CustomerName/${part}`, NAME_LABELS[part],
                    (this.edited.CustomerName || {})[part], value => {
                        this.edited.CustomerName = this.edited.CustomerName || {};
                        this.edited.CustomerName[part] = value;
                    }, {maxlength: 100}))),
            this.alternateIds(),
            this.customFields(),
            ...contactSections(this));
        if (focused) {
            const again = this.form.querySelector(`[data-test="${CSS.escape(focused)}"]`);
            if (again) {
                again.focus();
            }
        }
    }

    readOnlyFacts() {
        const edited = this.seen.Edited || {};
        return el('dl', {class: 'facts', 'aria-label': 'Read-only properties'},
            el('dt', {}, 'ProfileId'), el('dd', {'data-test': 'read:/ProfileId'}, String(this.seen.ProfileId ?? 'new')),
            el('dt', {}, 'Created'), el('dd', {'data-test': 'read:/Edited/CreatedDate'},
                edited.CreatedBy ? `${when(edited.CreatedDate)} by ${edited.CreatedBy}` : ''),
            el('dt', {}, 'Edited'), el('dd', {'data-test': 'read:/Edited/ModifiedDate'},
                edited.ModifiedBy ? `${when(edited.ModifiedDate)} by ${edited.ModifiedBy}` : ''),
            el('dt', {}, 'Update status'), el('dd', {'data-test': 'read:/UpdateStatus'}, this.seen.UpdateStatus || ''));
    }

    // One labelled control per pointer; its error (if any) is placed after it by showErrors.
    wrap(pointer, label, control) {
        const id = `f${++ids}`;
        control.id = id;
        control.dataset.test = `field:${pointer}`;
        control.dataset.pointer = pointer;
        return el('div', {class: 'row', 'data-field': pointer}, el('label', {for: id}, label), control);
    }

    edit(apply) {
        return event => {
            const target = event.target;
            apply(target.type === 'checkbox' ? target.checked
                : target.multiple ? [...target.selectedOptions].map(option => option.value).join('::') || null
                    : target.value === '' ? null : target.value);
            this.onChange();
        };
    }

    switchInput(pointer, label, checked, apply) {
        const row = this.wrap(pointer, label,
            el('input', {type: 'checkbox', role: 'switch', checked, oninput: this.edit(apply)}));
        row.classList.add('switch');
        return row;
    }

    textInput(pointer, label, value, apply, attributes = {}) {
        return this.wrap(pointer, label, el('input', {type: 'text', value: value ?? '', ...attributes,
            oninput: this.edit(apply)}));
    }

    /** `labels` shows an option's value in words; `blankLabel` names the empty choice. */
    selectInput(pointer, label, options, value, apply,
        {multiple = false, blank = false, blankLabel = '(none)', labels = {}} = {}) {
        const chosen = multiple ? String(value ?? '').split('::') : [value];
        const all = [...options];
        for (const current of chosen) {
            if (current && !all.some(option => option.toLowerCase() === current.toLowerCase())) {
                all.push(current); // a value the configuration no longer lists stays visible
            }
        }
        return this.wrap(pointer, label, el('select', {multiple, size: multiple ? Math.min(all.length, 5) : null,
            onchange: this.edit(apply)},
            blank && !multiple ? el('option', {value: ''}, blankLabel) : null,
            all.map(option => el('option', {value: option,
                selected: chosen.some(current => current && current.toLowerCase() === option.toLowerCase())},
                labels[option] || option))));
    }

    alternateIds() {
        const types = this.config.alternateIdTypes.map(type => type.Name);
        const items = this.edited.AlternateIds;
        return el('fieldset', {disabled: !this.editable},
            el('legend', {}, 'Alternate ids'),
            items.map((item, index) => el('div', {class: 'item'},
                this.selectInput(`/AlternateIds/${index}/AlternateIdType`, `Type of alternate id ${index + 1}`,
                    types, item.AlternateIdType, value => { item.AlternateIdType = value; }),
                this.textInput(`/AlternateIds/${index}/AlternateId`, `Alternate id ${index + 1}`, item.AlternateId,
                    value => { item.AlternateId = value; }, {maxlength: 256, autocomplete: 'off'}),
                this.removeButton('AlternateIds', index, `Remove alternate id ${index + 1}`))),
            el('button', {type: 'button', 'data-test': 'add-alternate-id', disabled: types.length === 0,
                onclick: () => this.append('AlternateIds', {AlternateIdType: types[0], AlternateId: null})},
            'Add an alternate id'));
    }

    customFields() {
        const definitions = this.config.customFields;
        const items = this.edited.CustomFields;
        const used = new Set(items.map(item => String(item.Name).toLowerCase()));
        const unused = definitions.filter(definition => !used.has(definition.Name.toLowerCase()));
        const chooser = el('select', {id: `f${++ids}`, 'data-test': 'custom-field-definition'},
            unused.map(definition => el('option', {value: definition.Name},
                `${definition.Name} (${definition.DataType})`)));
        return el('fieldset', {class: 'wide', disabled: !this.editable},
            el('legend', {}, 'Custom fields'),
            items.map((item, index) => el('div', {class: 'item'},
                this.customFieldInput(item, index, definitions.find(definition =>
                    definition.Name.toLowerCase() === String(item.Name).toLowerCase())),
                this.removeButton('CustomFields', index, `Remove custom field ${item.Name}`))),
            unused.length === 0 ? null : el('div', {class: 'row add'},
                el('label', {for: chooser.id}, 'Custom field to add'), chooser,
                el('button', {type: 'button', 'data-test': 'add-custom-field',
                    onclick: () => this.append('CustomFields', {Name: chooser.value, Value: null})},
                'Add the field')));
    }

    /** The input fit for the definition's DataType. */
    customFieldInput(item, index, definition) {
        const pointer = `/CustomFields/${index}/Value`;
        const label = `${item.Name}${definition ? ` (${definition.DataType})` : ''}`;
        const apply = value => { item.Value = value; };
        const type = definition ? definition.DataType : 'Text';
        if (type === 'SelectList') {
            return this.selectInput(pointer, label, definition.Options || [], item.Value, apply, {multiple: true});
        }
        if (type === 'Boolean') {
            return this.switchInput(pointer, label, item.Value === 'true', value => { item.Value = String(value); });
        }
        if (type === 'Date' && (item.Value === null || ISO_DATE.test(item.Value))) {
            return this.wrap(pointer, label, el('input', {type: 'date', value: item.Value ?? '', oninput: this.edit(apply)}));
        }
        if (type === 'Numeric') {
            return this.wrap(pointer, label, el('input', {type: 'number', step: 'any', value: item.Value ?? '',
                oninput: this.edit(apply)}));
        }
        return this.textInput(pointer, label, item.Value, apply,
            {maxlength: definition && definition.MaxLength ? definition.MaxLength : 4000});
    }

    removeButton(array, index, label) {
        return el('button', {type: 'button', class: 'remove', 'aria-label': label,
            'data-test': `remove:/${array}/${index}`, onclick: () => {
                this.edited[array].splice(index, 1);
                this.origins[array].splice(index, 1);
                this.render();
                this.onChange();
            }}, 'Remove');
    }

    /** Re-renders after an edit that changes what the form shows (a status's date, a topic's channels). */
    changed() {
        this.render();
        this.onChange();
    }

    /** Appends an item to a contact array (`list`, at `pointer`) and focuses its first input. */
    addTo(list, pointer, item) {
        list.push(item);
        this.changed();
        const added = this.form.querySelector(`[data-pointer^="${pointer}/${list.length - 1}/"]`);
        if (added) {
            added.focus();
        }
    }

    /** A button that removes item `index` of a contact array. */
    removeFrom(list, index, label, hook) {
        return el('button', {type: 'button', class: 'remove', 'aria-label': label, 'data-test': hook,
            onclick: () => {
                list.splice(index, 1);
                this.changed();
            }}, 'Remove');
    }

    append(array, item) {
        this.edited[array].push(item);
        this.origins[array].push(null);
        this.render();
        this.onChange();
        const added = this.form.querySelectorAll(`[data-pointer^="/${array}/${this.edited[array].length - 1}/"]`);
        if (added.length) {
            added[added.length - 1].focus();
        }
    }

    /** Each error beside the input its pointer names; answers the errors that name no input. */
    showErrors(errors) {
        this.clearErrors();
        const unplaced = [];
        for (const error of errors) {
            const row = error.field ? this.row(error.field) : null;
            if (!row) {
                unplaced.push(error);
                continue;
            }
            const message = el('p', {class: 'error', id: `e${++ids}`, 'data-test': 'error',
                'data-path': error.path ?? ''}, el('strong', {}, 'Error: '), error.message);
            row.append(message);
            const control = row.querySelector('[data-pointer]');
            control.setAttribute('aria-invalid', 'true');
            control.setAttribute('aria-describedby', message.id);
        }
        const first = this.form.querySelector('[aria-invalid="true"]');
        if (first) {
            first.focus();
        }
        return unplaced;
    }

    /**
     * The row of a pointer, matched as the server matches names: case-insensitively. A pointer to a
     * whole array item (`/AlternateIds/1`) finds the row of its first member.
     */
    row(pointer) {
        const wanted = pointer.toLowerCase();
        const rows = [...this.form.querySelectorAll('[data-field]')];
        return rows.find(row => row.dataset.field.toLowerCase() === wanted)
            || rows.find(row => row.dataset.field.toLowerCase().startsWith(`${wanted}/`)) || null;
    }

    clearErrors() {
        this.form.querySelectorAll('.error').forEach(message => message.remove());
        this.form.querySelectorAll('[aria-invalid]').forEach(control => {
            control.removeAttribute('aria-invalid');
            control.removeAttribute('aria-describedby');
        });
    }

    /** The edited profile as Create sends it: no read-only members, no nulls (the server's defaults apply). */
    document() {
        const {ProfileId, Edited, UpdateStatus, ...writable} = this.edited;
        return Object.fromEntries(Object.entries(writable).filter(([, value]) => value !== null));
    }
}
