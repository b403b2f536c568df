'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { FormAction, FormState } from '@/lib/actions/workspace-action';
import type { z } from '@/lib/validation/messages';
import { callAction } from '../call-action';

type State = FormState<unknown> | undefined;

/**
 * The answer of a server action to a form, posted either way. Without JavaScript the browser posts the form to
 * `formAction`, which React can only render as an address when it is the server's action itself; with it, `submit`
 * sends the same form data through callAction, so a call that gets no answer is a message and not the error page.
 */
export function useFormActionState(action: FormAction, unreachable: string) {
  const [served, formAction] = useActionState<State, FormData>(action, undefined);
  const [sent, send, pending] = useActionState<State, FormData>((previous, input) => callAction(() => action(previous, input), unreachable), undefined);
  const submit = (form: HTMLFormElement) => startTransition(() => send(new FormData(form)));
  return { state: sent ?? served, pending, formAction, submit };
}

/**
 * A react-hook-form form posted to a server action. Without JavaScript the browser posts it to the action and the
 * page renders again with the answer; with it, the schema checks the fields first and the same form data is sent.
 */
export function useActionForm<Values extends FieldValues>(action: FormAction, schema: z.ZodType, defaultValues: DefaultValues<Values>) {
  const unreachable = useTranslations('subscriptions.errors')('unreachable');
  const { state, pending, formAction, submit } = useFormActionState(action, unreachable);
  const methods = useForm<Values>({ resolver: zodResolver(schema as never) as unknown as Resolver<Values>, defaultValues });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => methods.handleSubmit(() => submit(formRef.current!))(event);
  return { state, pending, methods, formProps: { ref: formRef, action: formAction, onSubmit, noValidate: true } };
}
