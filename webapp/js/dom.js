// Building the page: one helper that makes an element from attributes and children.

/** A new element: attributes (false/null ones left out), then children (strings become text). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === false || value === null || value === undefined) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else if (name in element && typeof value !== 'string') {
            element[name] = value;
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    element.append(...children.flat().filter(child => child !== null && child !== undefined));
    return element;
}

/** A date and time as this browser shows them; '' for none. */
export function when(value) {
    return value ? new Date(value).toLocaleString() : '';
}
