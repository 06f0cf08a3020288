/**
 * Moves the keyboard focus to what an action produced (the proposal, the "Done" message, the score)
 * once it shows, so a keyboard or screen-reader user lands on the result instead of on the page.
 */
import { useCallback, useEffect, useRef } from 'react';

export interface ResultFocus {
  /** Give it to the element that shows the result; make that element focusable (`tabIndex={-1}`). */
  readonly ref: (element: HTMLElement | SVGElement | null) => void;
  /** Call when the user starts the action: the next result to show takes the focus, once. */
  readonly arm: () => void;
}

/**
 * `result` is what the action produces (a new object per result); while armed, its next non-null
 * value moves the focus to the element on `ref`. Results nobody asked for (a flow reopened on its
 * last check, a re-read after Apply) leave the focus where it is.
 */
export function useResultFocus(result: unknown): ResultFocus {
  const target = useRef<HTMLElement | SVGElement | null>(null);
  const armed = useRef(false);
  useEffect(() => {
    if (!armed.current || result === null || result === undefined) return;
    const element = target.current;
    if (!element) return;
    armed.current = false;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  const ref = useCallback((element: HTMLElement | SVGElement | null) => {
    target.current = element;
  }, []);
  const arm = useCallback(() => {
    armed.current = true;
  }, []);
  return { ref, arm };
}
