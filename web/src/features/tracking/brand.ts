// The tenant's brand colour is an accent (header, progress). Text on it is white or black,
// whichever contrasts more: one of the two always reaches at least 4.58:1 (WCAG AA).

export const DEFAULT_BRAND_COLOR = '#1f4e79';

export interface BrandTheme {
  /** The brand colour as #rrggbb. */
  color: string;
  /** Text and icon colour to use on the brand colour. */
  onColor: '#ffffff' | '#000000';
}

type Rgb = [number, number, number];

/** "#abc" or "#aabbcc" (any case) → [r, g, b]; anything else → null. */
export function parseHexColor(value: string | null | undefined): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG 2.1 relative luminance. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

export function brandTheme(brandColor: string | null | undefined): BrandTheme {
  const rgb = parseHexColor(brandColor) ?? (parseHexColor(DEFAULT_BRAND_COLOR) as Rgb);
  const color = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return { color, onColor: contrastRatio(rgb, WHITE) >= contrastRatio(rgb, BLACK) ? '#ffffff' : '#000000' };
}
