/**
 * Redraws a chart by updating the drawn one in place, when the new drawing has the same structure: the same
 * elements in the same order, differing only in attributes and text (a histogram whose bars changed height under
 * the same axes). The browser then re-lays out a few rects instead of a whole new SVG, whose every axis label it
 * would shape again, and focus stays on the mark that had it. Nothing is touched when the structures differ.
 *
 * Only for charts without Plot interactions (tips, pointer): listeners Plot attached to the new drawing's
 * elements are not carried over. The Plot properties of the root (`scale`, `legend`) are.
 */
export function patchInPlace(current: Element, next: Element): boolean {
  if (!sameShape(current, next)) return false;
  patch(current, next);
  for (const prop of ['scale', 'legend'] as const) {
    if (prop in next)
      (current as unknown as Record<string, unknown>)[prop] = (next as unknown as Record<string, unknown>)[prop];
  }
  return true;
}

function sameShape(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  const ak = a.childNodes;
  const bk = b.childNodes;
  if (ak.length !== bk.length) return false;
  for (let i = 0; i < ak.length; i++) if (!sameShape(ak[i]!, bk[i]!)) return false;
  return true;
}

function patch(a: Node, b: Node): void {
  if (a.nodeType === 3 || a.nodeType === 8) {
    if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
    return;
  }
  if (a instanceof Element && b instanceof Element) {
    // collected first: `attributes` is live, and removing while iterating it would skip the next one
    const gone = Array.from(a.attributes).filter((x) => !b.hasAttributeNS(x.namespaceURI, x.localName));
    for (const { namespaceURI, localName } of gone) a.removeAttributeNS(namespaceURI, localName);
    for (const { namespaceURI, localName, name, value } of b.attributes) {
      if (a.getAttributeNS(namespaceURI, localName) !== value) a.setAttributeNS(namespaceURI, name, value);
    }
  }
  const ak = a.childNodes;
  const bk = b.childNodes;
  for (let i = 0; i < ak.length; i++) patch(ak[i]!, bk[i]!);
}
