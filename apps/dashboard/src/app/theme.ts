import { Anchor, createTheme, type MantineColorsTuple, type ModalProps } from '@mantine/core';

/**
 * A muted sage green. Shades 6–9 carry white text at WCAG AA (≥ 4.5:1): #247f69 on white is 4.9:1.
 * Mantine's stock teal does not (white on teal.8 is 3.9:1), so the app uses this palette as primary.
 */
const sage: MantineColorsTuple = [
  '#e8f5f1',
  '#cfe8e0',
  '#a3d2c3',
  '#74baa5',
  '#4ea38b',
  '#35917a',
  '#247f69',
  '#1b6b58',
  '#145a4a',
  '#0d4a3c',
];

/** Calm and legible: generous line height, visible focus, contrast that passes AA. */
export const theme = createTheme({
  colors: { sage },
  primaryColor: 'sage',
  primaryShade: 7,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  lineHeights: { md: '1.6' },
  headings: { fontWeight: '650' },
  focusRing: 'always',
  components: {
    // A link inside a sentence must not rely on colour alone (WCAG 1.4.1); navigation links opt out.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Mantine's close button is an icon: give it a name screen readers can say. (Written as a plain object, not
    // Modal.extend: importing Modal here would put it, its portal, transitions and scroll lock into every screen.)
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } satisfies Partial<ModalProps> },
  },
});
