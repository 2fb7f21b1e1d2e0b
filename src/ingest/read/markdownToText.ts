import { JSDOM } from 'jsdom';
import { Lexer, type Token, type Tokens } from 'marked';

export interface MarkdownText {
  /** The text of a leading level-1 heading when asked for, which is then left out of the text. */
  heading: string | null;
  text: string;
}

/** Markdown leaves entities such as `&amp;` in its text; the HTML parser knows them all. */
function decodeEntities(text: string): string {
  return text.includes('&') ? (JSDOM.fragment(text).textContent ?? text) : text;
}

function inlineText(tokens: Token[] | undefined): string {
  let text = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
        text += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text).replace(/\n/g, ' ');
        break;
      case 'escape':
      case 'codespan':
        text += token.text;
        break;
      case 'br':
        text += '\n';
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        text += inlineText(token.tokens);
        break;
      // Images, inline HTML and task checkboxes carry no prose.
    }
  }
  return text;
}

function blockTexts(tokens: Token[]): string[] {
  const blocks: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        blocks.push(inlineText(token.tokens));
        break;
      case 'text':
        blocks.push(inlineText(token.tokens ?? [token]));
        break;
      case 'code':
        blocks.push(token.text);
        break;
      case 'blockquote':
        blocks.push(...blockTexts(token.tokens ?? []));
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) blocks.push(...blockTexts(item.tokens));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) blocks.push(row.map((cell) => inlineText(cell.tokens)).join(' | '));
        break;
      }
      // Block HTML, rules and blank space carry no prose.
    }
  }
  return blocks.filter((block) => block.trim().length > 0);
}

/**
 * Plain text of Markdown: headings, paragraphs and list items as blocks separated by blank lines,
 * links as their text; emphasis markers, images and HTML dropped.
 */
export function markdownToText(markdown: string, takeHeading: boolean): MarkdownText {
  const tokens = new Lexer().lex(markdown);
  const first = tokens.find((token) => token.type !== 'space');
  const heading = takeHeading && first?.type === 'heading' && first.depth === 1 ? inlineText(first.tokens).trim() : null;
  const body = heading === null ? tokens : tokens.filter((token) => token !== first);
  return { heading: heading || null, text: blockTexts(body).join('\n\n') };
}
