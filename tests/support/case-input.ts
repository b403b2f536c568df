/** The case form as submitted, with every optional field left blank: tests name only what matters to them. */
export const caseInput = <Values extends { name: string; slug: string; campaignId: string }>(values: Values) => ({
  kind: 'PERSON',
  aliases: '',
  identityProtected: false,
  language: 'fr',
  summary: '',
  role: '',
  organisationId: '',
  groupId: '',
  placeOfDetention: '',
  letterAddress: '',
  charges: '',
  sentence: '',
  photoUrl: '',
  flags: [] as string[],
  ...values,
});
