import QRCode from 'qrcode';

export enum QrCodeFormat {
  /** An SVG document (text), for print and for scaling without loss. */
  SVG = 'SVG',
  /** A PNG image as a `data:image/png;base64,…` URL. */
  PNG = 'PNG',
}

/** Error correction M (15 %): survives a smudged delivery note, and stays small for a 60-character URL. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;
/** Pixels per module of the PNG: a 43-character token's URL gives 37 modules, some 330 px with the margin. */
const PNG_SCALE = 8;

/** A QR code of a link's URL (the URL itself is never logged nor kept). */
export function qrCodeOf(url: string, format: QrCodeFormat): Promise<string> {
  if (format === QrCodeFormat.PNG) return QRCode.toDataURL(url, { ...OPTIONS, type: 'image/png', scale: PNG_SCALE });
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}
