import { useState, type ReactNode } from 'react';

/**
 * A native disclosure (details/summary) that renders its content only while open, so that closed
 * panels cost nothing when the mengpaneel recomputes.
 */
export function Disclosure(props: { className?: string; summary: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={props.className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open ? props.children() : null}
    </details>
  );
}
