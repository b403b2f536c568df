'use client';

import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/actions/workspace-action';
import { callAction } from '../call-action';

/** Calls a workspace action; when the server cannot be reached, the answer says so in the workspace's language. */
export function useCallAction() {
  const unreachable = useTranslations('editing.errors')('unreachable');
  return <Data>(call: () => Promise<FormState<Data>>) => callAction(call, unreachable);
}
