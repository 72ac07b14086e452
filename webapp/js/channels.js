// The three channels of contact elements: their array in the profile, their words, a blank element.

export const CHANNELS = [
    {array: 'Emails', channel: 'Email', title: 'Emails', singular: 'Email', noun: 'email',
        blank: () => ({EmailAddress: null}), name: item => item.EmailAddress},
    {array: 'Phones', channel: 'Phone', title: 'Phones', singular: 'Phone', noun: 'phone',
        blank: () => ({PhoneNumber: null, IsMobile: true}), name: item => item.PhoneNumber},
    {array: 'Addresses', channel: 'Address', title: 'Postal addresses', singular: 'Address', noun: 'address',
        blank: () => ({Lines: [], City: null, Region: null, PostalCode: null, CountryCode: null}),
        name: item => [...(item.Lines || []).slice(0, 1), item.City].filter(Boolean).join(', ')},
];
