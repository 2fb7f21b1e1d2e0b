import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { IngestInputError } from '../write/IngestInputError.js';
import { articleDateOf } from './articleDateOf.js';
import type { SourceArticle } from './SourceArticle.js';
import { splitByline } from './splitByline.js';

/** Elements that end one paragraph and start the next. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Elements whose text is not the article's prose: Readability keeps figures with their captions. */
const SKIPPED = new Set(['BUTTON', 'FIGCAPTION', 'FIGURE', 'IFRAME', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'SVG', 'TEMPLATE']);

/** Readability's own test for byline blocks. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
/** Ad slots whose class or id Readability does not recognise, such as "ad-slot" or "dfp-ad". */
const AD_TOKEN = /^(?:ads?|advert\w*|sponsor\w*|promo\w*)(?:[-_]|$)|[-_]ads?$/i;
/** Short enough to be a byline or an ad, not a container of the article. */
const SHORT = 300;

/**
 * Removes ad slots and byline blocks before Readability runs: it turns a `div` into a `p` without
 * its class, and keeps a byline block whenever the page's metadata names the author. Returns the
 * first byline block's text.
 */
function removeNonProse(document: Document): string | null {
  let byline: string | null = null;
  for (const element of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (!element.isConnected) continue;
    const text = (element.textContent ?? '').trim();
    if (text.length >= SHORT) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    const isAd = names.split(/\s+/).some((token) => AD_TOKEN.test(token));
    const isByline = element.getAttribute('rel') === 'author' || (element.getAttribute('itemprop') ?? '').includes('author') || BYLINE.test(names);
    if (isByline && byline === null && text) byline = text;
    if (isAd || isByline) element.remove();
  }
  return byline;
}

function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let run = '';
  const flush = () => {
    const paragraph = run.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === child.TEXT_NODE) {
        run += child.textContent ?? '';
      } else if (child.nodeType === child.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') run += ' ';
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

function metaContent(document: Document, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && URL.canParse(trimmed) ? trimmed : null;
}

/**
 * An HTML page's article: Readability finds the main content (navigation, ads and share widgets
 * go), whose blocks become paragraphs separated by blank lines. Pages carry whatever metadata
 * their CMS emits, so a date or URL that does not parse is left out rather than refused.
 */
export function htmlToArticle(html: string): Omit<SourceArticle, 'id'> {
  // Silent console: real pages' CSS makes jsdom report parse errors. jsdom neither runs scripts
  // nor loads resources unless asked to.
  const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return articleOf(window.document);
  } finally {
    window.close();
  }
}

function articleOf(document: Document): Omit<SourceArticle, 'id'> {
  // Read before Readability, which rewrites the document.
  const publisher = metaContent(document, 'meta[property="og:site_name"]');
  const url = absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ?? absoluteUrl(metaContent(document, 'meta[property="og:url"]'));
  const dateCandidates = [
    metaContent(document, 'meta[property="article:published_time"]'),
    ...Array.from(document.querySelectorAll('time[datetime]'), (time) => time.getAttribute('datetime')),
  ];
  const pageTitle = document.title.trim() || null;
  const bylineBlock = removeNonProse(document);

  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!parsed?.content) throw new IngestInputError('the HTML page has no readable article content');
  const publishedOn = [...dateCandidates, parsed.publishedTime].map((value) => (value ? articleDateOf(value) : null)).find((date) => date !== null) ?? null;
  return {
    text: paragraphsOf(parsed.content).join('\n\n'),
    title: parsed.title?.trim() || pageTitle,
    publisher: publisher ?? (parsed.siteName?.trim() || null),
    url,
    publishedOn,
    byline: splitByline(parsed.byline?.trim() || bylineBlock || ''),
  };
}
