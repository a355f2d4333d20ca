import { language } from '../i18n/index.js';

const attributes = ['placeholder', 'title', 'aria-label'];

/**
 * Puts the English words a third-party component writes into `container` into Chinese, now and whenever the
 * component re-renders, by whole-text match against `texts` (English → Chinese) on text nodes and on placeholder,
 * title and aria-label attributes. Text written by the form's author is left alone: text nodes inside `skip` are
 * never touched, and with `attributesOnly` no text node is. Does nothing when the user has chosen English.
 * Returns a function that stops it.
 */
export function relabel(container, texts, { skip = null, attributesOnly = false } = {}) {
  if (language() !== 'zh-CN') {
    return () => {};
  }

  const translate = (value) => {
    const key = value?.trim();
    return key && Object.hasOwn(texts, key) ? value.replace(key, texts[key]) : null;
  };
  const ours = (textNode) => {
    const parent = textNode.parentElement;
    return parent !== null && !attributesOnly && !(skip && parent.closest(skip));
  };
  const visitOne = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = ours(node) ? translate(node.nodeValue) : null;
      if (text !== null) node.nodeValue = text;
      return;
    }

    for (const name of attributes) {
      const text = node.hasAttribute(name) ? translate(node.getAttribute(name)) : null;
      if (text !== null) node.setAttribute(name, text);
    }
  };
  const visit = (root) => {
    if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.TEXT_NODE) return;
    visitOne(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visitOne(node);
  };

  visit(container);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(visit);
      else visitOne(mutation.target);
    }
  });
  observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: attributes });
  return () => observer.disconnect();
}
