/** Base URL of the embedded mock; `.invalid` can never resolve, so nothing leaves the browser. */
export const mockBaseUrl = 'http://embedded-mock.cchc.invalid';
