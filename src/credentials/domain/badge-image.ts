/*
 * A default badge image when an achievement has none: a round SVG with the achievement's initials
 * and its study load. Pure string work, so the web app can preview it.
 */

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w) && !/^(en|van|de|het|met|in|op|voor|of)$/i.test(w));
  return words
    .slice(0, 3)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** The default badge SVG for an achievement. */
export function defaultBadgeSvg(input: { readonly name: string; readonly sbu: number; readonly institution: string }): string {
  const label = escapeXml(initials(input.name) || 'B');
  const title = escapeXml(input.name);
  const footer = escapeXml(`${input.sbu} SBU`);
  const institution = escapeXml(input.institution.slice(0, 28));
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img">',
    `<title>${title}</title>`,
    '<circle cx="120" cy="120" r="114" fill="#0b4f8a" stroke="#f2a900" stroke-width="10"/>',
    '<circle cx="120" cy="120" r="92" fill="none" stroke="#ffffff" stroke-width="2" stroke-dasharray="4 6"/>',
    `<text x="120" y="135" text-anchor="middle" font-family="sans-serif" font-size="56" font-weight="700" fill="#ffffff">${label}</text>`,
    `<text x="120" y="172" text-anchor="middle" font-family="sans-serif" font-size="16" fill="#ffffff">${footer}</text>`,
    `<text x="120" y="78" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#ffffff">${institution}</text>`,
    '</svg>',
  ].join('');
}

/** Splits a data URL into media type and bytes (base64 only), or undefined. */
export function parseImageDataUrl(value: string): { mediaType: 'image/png' | 'image/svg+xml'; base64: string } | undefined {
  const match = /^data:(image\/png|image\/svg\+xml);base64,([A-Za-z0-9+/=]+)$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { mediaType: match[1] as 'image/png' | 'image/svg+xml', base64: match[2] };
}
