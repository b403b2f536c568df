'use client';

import { useEffect } from 'react';

/** The question of each form of the page that has unsaved changes: one question is asked, however many there are. */
const dirtyForms = new Map<symbol, string>();
let stopWatching: (() => void) | null = null;

const question = () => dirtyForms.values().next().value!;

/**
 * Asks before leaving the page: closing or reloading the tab (the browser's own prompt), following a link on the
 * page (the click is stopped, before the router sees it, unless the person confirms) and going back or forward in
 * the history (the traversal is cancelled through the Navigation API, before the router's popstate, so no history
 * entry is added or lost).
 */
function watchLeaving() {
  const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.getAttribute('target') === '_blank' || link.getAttribute('href')!.startsWith('#')) return;
    if (!window.confirm(question())) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  // A traversal to another document is not cancelable (beforeunload asks for it instead), nor is a second Back
  // with no click or key press in between: browsers let a person leave a page that keeps them, and so do we.
  const onNavigate = (event: NavigateEvent) => {
    if (event.navigationType === 'traverse' && event.cancelable && !window.confirm(question())) event.preventDefault();
  };
  const navigation = 'navigation' in window ? window.navigation : undefined;
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('click', onClick, true);
  navigation?.addEventListener('navigate', onNavigate);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('click', onClick, true);
    navigation?.removeEventListener('navigate', onNavigate);
  };
}

/** Asks before leaving a page while this form has unsaved changes (see watchLeaving). */
export function useUnsavedChangesWarning(dirty: boolean, leaveQuestion: string) {
  useEffect(() => {
    if (!dirty) return;
    const form = Symbol('dirty form');
    dirtyForms.set(form, leaveQuestion);
    stopWatching ??= watchLeaving();
    return () => {
      dirtyForms.delete(form);
      if (dirtyForms.size > 0) return;
      stopWatching?.();
      stopWatching = null;
    };
  }, [dirty, leaveQuestion]);
}
