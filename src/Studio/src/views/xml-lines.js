/**
 * A process file as one line per element, attributes in name order, whitespace between elements dropped.
 * Two versions then differ only where their models differ: a file shipped with long lines and the same model saved
 * by the modeler would otherwise differ on every line. Diagram shapes and edges are listed in element order, since
 * the order they are drawn in means nothing to the model. Text that does not parse is returned as it is.
 */
export function xmlLines(text) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return text;
  }
  const lines = [];
  const walk = (element, depth) => {
    const pad = '  '.repeat(depth);
    const attributes = [...element.attributes].map((a) => `${a.name}="${escapeAttribute(a.value)}"`).sort();
    const open = `<${[element.tagName, ...attributes].join(' ')}`;
    const children = [...element.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (isText(n) && n.nodeValue.trim() !== ''));
    if (element.localName === 'BPMNPlane') {
      children.sort((a, b) => drawnElement(a).localeCompare(drawnElement(b)));
    }
    if (children.length === 0) {
      lines.push(`${pad}${open} />`);
    } else if (children.length === 1 && isText(children[0])) {
      lines.push(`${pad}${open}>${escapeText(children[0].nodeValue.trim())}</${element.tagName}>`);
    } else {
      lines.push(`${pad}${open}>`);
      for (const child of children) {
        if (isText(child)) {
          lines.push(`${pad}  ${escapeText(child.nodeValue.trim())}`);
        } else {
          walk(child, depth + 1);
        }
      }
      lines.push(`${pad}</${element.tagName}>`);
    }
  };
  walk(doc.documentElement, 0);
  return lines.join('\n');
}

const drawnElement = (node) => (node.nodeType === Node.ELEMENT_NODE ? node.getAttribute('bpmnElement') ?? '' : '');

const isText = (node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;

const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');
