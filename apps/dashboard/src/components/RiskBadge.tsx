import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { FLAG_COLOUR, flagBadgeVariant, type RiskTier } from '../lib/risk-labels';

/**
 * A risk flag's badge, by tier: explicit (or a tier that cannot be told) filled, concern in outline. Its words
 * are the whole label, never cut short (`.risk-badge` in global.css).
 */
export function RiskBadge({
  tier,
  size,
  children,
}: {
  tier: RiskTier | null;
  size?: BadgeProps['size'];
  children: ReactNode;
}) {
  return (
    <Badge
      className="risk-badge"
      color={FLAG_COLOUR}
      variant={flagBadgeVariant(tier)}
      radius="sm"
      tt="none"
      size={size}
      data-tier={tier ?? 'unknown'}
    >
      {children}
    </Badge>
  );
}
