import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Filled buttons use shade 9 and, under the pointer, shade 8 (Mantine's hover of shade 9). Mantine's teal 8
// is 3.9:1 under white text, so shades 8 and 9 here are darker: 5.0:1 and 7.0:1 (WCAG 1.4.3).
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#066649',
];

export const theme = createTheme({
  colors: { teal },
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  focusRing: 'auto',
});

// Mantine's dimmed and placeholder greys are 3.3:1 and 2.3:1 on white; these are 8:1 and 6:1 (WCAG 1.4.3).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-placeholder': '#5c636a' },
  dark: {},
});
