import { displaySafe } from '../../lib/text-safety.ts';

/**
 * Markup of a standalone .svg file: XML declaration, and the SVG namespace on the root whatever DOM built it.
 * XMLSerializer writes characters XML forbids as they are (a NUL in a title gives a file no viewer opens), so
 * they are removed, with bidi overrides, from the markup; none of them can be part of the markup's structure.
 */
export function serializeSvg(el: SVGSVGElement): string {
  const view = el.ownerDocument.defaultView;
  const Serializer = view?.XMLSerializer ?? XMLSerializer;
  let markup = displaySafe(new Serializer().serializeToString(el));
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup)) {
    markup = markup.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}
