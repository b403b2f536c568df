/** The update states the public sees: a corrected entry is shown through its correction; a retracted one stays, marked. */
export const publicUpdateStates = ['PUBLISHED', 'RETRACTED'] as const;
