// The JSON Patch (RFC 6902) from the profile the person saw to the one they edited. Every changed or
// removed value is first tested against what was seen, so that a change made meanwhile by someone
// else fails the patch (409) instead of being overwritten.
// Each operation carries `field`: the pointer of the form input it came from (an error of the
// operation is shown there); it is dropped before sending.

export const SCALARS = ['IsActive', 'RegistrationConfirmed', 'CustomerType', 'PreserveConsents',
    'PreservePreferences', 'DefaultLocale'];
export const NAME_PARTS = ['Prefix', 'FirstName', 'MiddleName', 'LastName', 'Suffix'];
export const ARRAYS = {AlternateIds: ['AlternateIdType', 'AlternateId'], CustomFields: ['Name', 'Value']};

// The arrays of contact elements, consents and preferences. An item read from the server carries its
// index in the array as seen under SEEN (an added one has none), so that nested arrays need no
// bookkeeping of their own. `readOnly` members are never sent; `fields` names the input an
// operation on a member belongs to when it is not the member's own (ConsentDate follows Status).
export const SEEN = Symbol('seen');
const CONSENT = {members: ['Version', 'Status', 'Locale', 'ConsentDate', 'Source', 'IsActive'],
    readOnly: ['EffectiveStatus', 'ExpirationDate', 'Edited'],
    fields: {ConsentDate: 'Status', Source: 'Source/CollectionPoint'}};
const ELEMENT = {readOnly: ['ContactElementId'], nested: 'Consents'};
export const CONTACTS = {
    Emails: {...ELEMENT, members: ['EmailAddress', 'ContactType', 'IsDefault', 'IsActive']},
    Phones: {...ELEMENT, members: ['PhoneNumber', 'ContactType', 'IsMobile', 'IsDefault', 'IsActive']},
    Addresses: {...ELEMENT, members: ['Lines', 'City', 'Region', 'PostalCode', 'CountryCode', 'ContactType',
        'IsDefault', 'IsActive']},
    Consents: CONSENT,
    Preferences: {members: ['Topic', 'Channel', 'ContactElementId', 'OptIn', 'Frequency', 'IsActive'],
        readOnly: ['Edited']},
};

/** Marks every contact item of a profile (as edited) with its index as seen. */
export function markSeen(profile) {
    const mark = (items, spec) => (items || []).forEach((item, index) => {
        item[SEEN] = index;
        if (spec.nested) {
            mark(item[spec.nested], CONSENT);
        }
    });
    for (const [array, spec] of Object.entries(CONTACTS)) {
        mark(profile[array], spec);
    }
}

/** An added item as sent: without its read-only members. */
function writable(item, spec) {
    const value = Object.fromEntries(Object.entries(item).filter(([name]) => !(spec.readOnly || []).includes(name)));
    if (spec.nested) {
        value[spec.nested] = (item[spec.nested] || []).map(nested => writable(nested, CONSENT));
    }
    return value;
}

/**
 * One contact array: `path` where it is now (after the removes of its parents), `seenPath` where it
 * was; tests address the profile as seen, removes run first in descending order, then replaces,
 * then adds.
 */
function diffItems(path, seenPath, before, after, spec, out) {
    const kept = new Set(after.map(item => item[SEEN]).filter(index => index !== undefined));
    for (let index = before.length - 1; index >= 0; index--) {
        if (!kept.has(index)) {
            out.tests.push({op: 'test', path: `${seenPath}/${index}`, value: before[index], field: `${path}/${index}`});
            out.removes.push({op: 'remove', path: `${path}/${index}`, field: `${path}/${index}`});
        }
    }
    after.forEach((item, position) => {
        const at = `${path}/${position}`;
        if (item[SEEN] === undefined) {
            out.adds.push({op: 'add', path: `${path}/-`, value: writable(item, spec), field: at});
            return;
        }
        const original = before[item[SEEN]];
        const was = `${seenPath}/${item[SEEN]}`;
        for (const member of spec.members) {
            if (!same(original[member] ?? null, item[member] ?? null)) {
                const field = `${at}/${(spec.fields || {})[member] || member}`;
                out.tests.push({op: 'test', path: `${was}/${member}`, value: original[member] ?? null, field});
                out.changes.push({op: 'replace', path: `${at}/${member}`, value: item[member] ?? null, field});
            }
        }
        if (spec.nested) {
            diffItems(`${at}/${spec.nested}`, `${was}/${spec.nested}`, original[spec.nested] || [],
                item[spec.nested] || [], CONSENT, out);
        }
    });
}

/** RFC 6901 escaping of one reference token. */
export function token(name) {
    return String(name).replace(/~/g, '~0').replace(/\//g, '~1');
}

function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @param seen    the profile as read
 * @param edited  the profile as edited; its arrays hold the kept items in their original order, then new ones
 * @param origins for each array of ARRAYS, the index in `seen` of each item of `edited` (null: new)
 */
export function diff(seen, edited, origins) {
    const tests = [];
    const removes = [];
    const changes = [];
    const adds = [];
    const change = (path, before, after, field = path) => {
        tests.push({op: 'test', path, value: before, field});
        changes.push({op: 'replace', path, value: after, field});
    };
    for (const name of SCALARS) {
        if (!same(seen[name], edited[name])) {
            change(`/${name}`, seen[name], edited[name]);
        }
    }
    const seenName = seen.CustomerName || {};
    const editedName = edited.CustomerName || {};
    for (const part of NAME_PARTS) {
        if (!same(seenName[part] ?? null, editedName[part] ?? null)) {
            change(`/CustomerName/${part}`, seenName[part] ?? null, editedName[part] ?? null);
        }
    }
    for (const [array, members] of Object.entries(ARRAYS)) {
        const before = seen[array] || [];
        const after = edited[array] || [];
        const origin = origins[array];
        const kept = new Set(origin.filter(index => index !== null));
        for (let index = before.length - 1; index >= 0; index--) {
            if (!kept.has(index)) {
                tests.push({op: 'test', path: `/${array}/${index}`, value: before[index], field: `/${array}/${index}`});
                removes.push({op: 'remove', path: `/${array}/${index}`, field: `/${array}/${index}`});
            }
        }
        after.forEach((item, position) => {
            if (origin[position] === null) {
                adds.push({op: 'add', path: `/${array}/-`, value: item, field: `/${array}/${position}`});
                return;
            }
            const original = before[origin[position]];
            for (const member of members) {
                if (!same(original[member] ?? null, item[member] ?? null)) {
                    // the test addresses the array as seen, the replace the array after the removes
                    tests.push({op: 'test', path: `/${array}/${origin[position]}/${member}`,
                        value: original[member] ?? null, field: `/${array}/${position}/${member}`});
                    changes.push({op: 'replace', path: `/${array}/${position}/${member}`,
                        value: item[member] ?? null, field: `/${array}/${position}/${member}`});
                }
            }
        });
    }
    const out = {tests, removes, changes, adds};
    for (const [array, spec] of Object.entries(CONTACTS)) {
        if (Array.isArray(seen[array]) && Array.isArray(edited[array])) {
            diffItems(`/${array}`, `/${array}`, seen[array], edited[array], spec, out);
        }
    }
    return [...tests, ...removes, ...changes, ...adds];
}

/** The operations as sent: without the form's bookkeeping. */
export function wire(operations) {
    return operations.map(({field, ...operation}) => operation);
}
