'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { FormAction, FormState } from '@/lib/actions/workspace-action';
import type { z } from '@/lib/validation/messages';

/**
 * A react-hook-form form posted to a server action. Without JavaScript the browser posts it to the action and the
 * page renders again with the answer; with it, the schema checks the fields first and the same form data is sent.
 */
export function useActionForm<Values extends FieldValues>(action: FormAction, schema: z.ZodType, defaultValues: DefaultValues<Values>) {
  const [state, formAction, pending] = useActionState<FormState<unknown> | undefined, FormData>(action, undefined);
  const methods = useForm<Values>({ resolver: zodResolver(schema as never) as unknown as Resolver<Values>, defaultValues });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    methods.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formRef.current!)));
    })(event);
  return { state, pending, methods, formProps: { ref: formRef, action: formAction, onSubmit, noValidate: true } };
}
