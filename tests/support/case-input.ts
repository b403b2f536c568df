import { blankCaseFields } from '@/lib/cases/case.schema';

/** The case form as submitted, with every optional field left blank: tests name only what matters to them. */
export const caseInput = <Values extends { name: string; slug: string; campaignId: string }>(values: Values) => ({ ...blankCaseFields, ...values });
