import { useEffect, useRef, useState } from 'react';

/**
 * A polite live region that speaks `text` when it changes after the first render (a result that changed after
 * a filter), not when the view first draws.
 */
export function LiveRegion({ text, testId }: { text: string; testId?: string }) {
  const first = useRef<string | null>(text);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (first.current === text) return;
    first.current = null;
    setSpoken(text);
  }, [text]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid={testId}>
      {spoken}
    </p>
  );
}
