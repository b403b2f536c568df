/** A choice of a select, with its label in the reader's language. */
export type Choice<Value extends string = string> = { value: Value; label: string };

/** The labels the server translates for the forms (from namespaces client components do not receive). */
export type EditingChoices = {
  statuses: Choice[];
  releaseKinds: Choice[];
  flags: Choice[];
  languages: Choice[];
};

export const labelOf = (choices: Choice[], value: string) => choices.find((choice) => choice.value === value)?.label ?? value;
