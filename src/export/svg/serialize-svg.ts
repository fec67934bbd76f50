/** Markup of a standalone .svg file: XML declaration, and the SVG namespace on the root whatever DOM built it. */
export function serializeSvg(el: SVGSVGElement): string {
  const view = el.ownerDocument.defaultView;
  const Serializer = view?.XMLSerializer ?? XMLSerializer;
  let markup = new Serializer().serializeToString(el);
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup)) {
    markup = markup.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}
