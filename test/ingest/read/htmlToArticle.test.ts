import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlToArticle } from '../../../src/ingest/read/htmlToArticle.js';

const paragraphs = [
  'The harbor office said on Friday that the spring ferry carried more riders than in any season on record, and that the dock crews would add a second boat on weekends.',
  '“We counted every ticket twice,” said the harbor master, Ines Rowe, who has run the office since the old pier closed. She said the count was not an estimate.',
  'Riders interviewed on the dock said the crossing had become faster and cheaper, and several said they had left their cars at home for the whole season.',
  'The town council will review the ferry schedule at its next meeting, the office said.',
];

/** A news page as a CMS writes it: navigation, ads, a captioned photo and share buttons around the story. */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbor town counts its ferry riders - The Lakeside Ledger</title>
  <meta property="og:site_name" content="The Lakeside Ledger">
  <meta property="og:url" content="https://ledger.example/2021/ferry-riders?utm=x">
  <meta property="article:published_time" content="2021-06-04T22:30:00-05:00">
  <meta name="author" content="Mara Quill and Tobias Fenn">
  <link rel="canonical" href="https://ledger.example/news/ferry-riders">
  <style>.ad { color: red } @media (broken { p { </style>
  <script>document.title = 'changed by a script'; document.body.innerHTML = 'hijacked';</script>
</head>
<body>
  <header class="site-header">
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li></ul></nav>
  </header>
  <div class="ad ad-banner" id="top-ad">ADVERTISEMENT Lake boats on sale now</div>
  <main>
    <article>
      <h1>Harbor town counts its ferry riders</h1>
      <p class="byline">By <a rel="author" href="/staff/mq">Mara Quill</a> and Tobias Fenn | <time datetime="2021-06-04">June 4, 2021</time></p>
      <div class="share-buttons social"><button>Share on Facebook</button><a href="#" class="share">Tweet this</a></div>
      <p>${paragraphs[0]}</p>
      <figure><img src="ferry.jpg" alt="The ferry"><figcaption>The morning ferry leaves the north dock. Photo: Staff</figcaption></figure>
      <p>“We counted every ticket twice,” said the harbor master, Ines Rowe, who has run
         the office since the old pier closed. She said the count was <em>not</em> an estimate.</p>
      <p>${paragraphs[2]}</p>
      <div class="ad-slot">Sponsored: Lakeside Insurance</div>
      <p>${paragraphs[3]}</p>
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Pier closes after storm</a></li></ul></aside>
  </main>
  <footer class="site-footer">© The Lakeside Ledger. All rights reserved.</footer>
</body>
</html>`;

describe('htmlToArticle', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps only the story, its paragraphs apart', () => {
    const { text } = htmlToArticle(page);
    expect(text).toBe(paragraphs.join('\n\n'));
    for (const noise of ['Home', 'ADVERTISEMENT', 'Sponsored', 'morning ferry', 'Share on', 'Tweet', 'Related', 'rights reserved', 'By Mara', 'hijacked']) {
      expect(text).not.toContain(noise);
    }
  });

  it('reads title, byline, publisher, canonical URL and date from the page', () => {
    const { text: _text, ...metadata } = htmlToArticle(page);
    expect(metadata).toEqual({
      title: 'Harbor town counts its ferry riders',
      publisher: 'The Lakeside Ledger',
      url: 'https://ledger.example/news/ferry-riders',
      publishedOn: '2021-06-04',
      byline: ['Mara Quill', 'Tobias Fenn'],
    });
  });

  it('falls back to the byline block, <time>, og:url and <title> when the metadata is missing', () => {
    const bare = `<html><head><title>Ferry riders</title><meta property="og:url" content="https://ledger.example/f">
      <link rel="canonical" href="/relative/only"></head><body><article>
      <div class="byline">By Mara Quill</div><p>Published <time datetime="not a date">today</time> and <time datetime="2021-06-05T09:00">Saturday</time>.</p>
      <p>${paragraphs[0]}</p><p>${paragraphs[2]}</p></article></body></html>`;
    const article = htmlToArticle(bare);
    expect(article).toMatchObject({ title: 'Ferry riders', publisher: null, url: 'https://ledger.example/f', publishedOn: '2021-06-05', byline: ['Mara Quill'] });
    expect(article.text).not.toContain('By Mara');
  });

  it('keeps jsdom quiet about the page\'s broken CSS', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    htmlToArticle(page);
    expect(logged).not.toHaveBeenCalled();
  });
});
