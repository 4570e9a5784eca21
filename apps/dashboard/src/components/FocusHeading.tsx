import { Title, type TitleOrder } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A heading that takes focus when it appears: used when one step of a flow replaces another in place,
 * so keyboard and screen-reader users start reading at the new step rather than at the top of the page.
 */
export function FocusHeading({ order, children }: { order: TitleOrder; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Title ref={ref} order={order} tabIndex={-1} className="focus-target">
      {children}
    </Title>
  );
}
