/** Phones (issue 9: "find help" is their default panel). */
export const PHONE_QUERY = '(max-width: 700px)';
