// The JSON Patch (RFC 6902) from the profile the person saw to the one they edited. Every changed or
// removed value is first tested against what was seen, so that a change made meanwhile by someone
// else fails the patch (409) instead of being overwritten.
// Each operation carries `field`: the pointer of the form input it came from (an error of the
// operation is shown there); it is dropped before sending.

export const SCALARS = ['IsActive', 'RegistrationConfirmed', 'CustomerType', 'PreserveConsents',
    'PreservePreferences', 'DefaultLocale'];
export const NAME_PARTS = ['Prefix', 'FirstName', 'MiddleName', 'LastName', 'Suffix'];
export const ARRAYS = {AlternateIds: ['AlternateIdType', 'AlternateId'], CustomFields: ['Name', 'Value']};

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
    return [...tests, ...removes, ...changes, ...adds];
}

/** The operations as sent: without the form's bookkeeping. */
export function wire(operations) {
    return operations.map(({field, ...operation}) => operation);
}
