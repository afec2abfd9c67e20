import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VacancyDatabase } from '../../lib/db';
import { pageFromHtml } from '../../lib/html';
import { postingFromPage } from '../../lib/pipeline';
import { deletePostings, restorePostings, savePosting, saveRule } from '../../lib/repository';
import { ruleFrom } from '../../lib/rules';
import { guessMapping, mapRows, parseCsv } from '../../lib/transfer/csv';
import { importCsvRows } from '../../lib/transfer/csv-import';
import { notAPostingReason } from '../../lib/understand';
import { makePosting } from '../support/postings';

const POSTING_BODY = `<h1>Consultant en gouvernance</h1>
<p>Date limite de candidature : 15/01/2030 16:00</p><p>Type de contrat : Consultance</p><p>Durée : 30 jours</p>`;
import { failureWords } from '../support/words';

describe('bad and hostile input', () => {
  it('a 5 MB page is read up to a bound, and says so', () => {
    const filler = '<p>Paragraphe de remplissage sans rapport avec le poste, répété pour peser lourd.</p>'.repeat(65_000);
    const html = `<html><body>${POSTING_BODY}${filler}</body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const page = pageFromHtml(html, 'https://jobs.example.org/big');
    expect(page.truncated).toBe(true);
    const posting = postingFromPage(page);
    expect(posting.warnings).toContainEqual({ code: 'warningTruncated', params: {} });
    expect(posting.deadline.date).toBe('2030-01-15');
    expect(posting.description.length).toBeLessThanOrEqual(100_000);
  });

  it('a page of 100,000 nodes is captured without Readability, which would take seconds there', () => {
    const html = `<html><body>${POSTING_BODY}${'<span>x</span>'.repeat(100_000)}</body></html>`;
    const page = pageFromHtml(html, 'https://jobs.example.org/nodes');
    expect(page.article).toBeNull();
    const posting = postingFromPage(page);
    expect(posting.title).toBe('Consultant en gouvernance');
    expect(posting.deadline.date).toBe('2030-01-15');
  });

  it('broken JSON-LD is ignored with a warning, and the page is still read', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Unclosed</script></head><body>${POSTING_BODY}</body></html>`;
    const posting = postingFromPage(pageFromHtml(html, 'https://jobs.example.org/broken-ld'));
    expect(posting.warnings).toContainEqual({ code: 'warningJsonLdBroken', params: { count: 1 } });
    expect(posting.title).toBe('Consultant en gouvernance');
  });

  it('an unparseable deadline keeps its text, flagged for the user', () => {
    const html = '<html><body><h1>Chargé de mission</h1><p>Date limite de candidature : dès que possible</p><p>Type de contrat : CDD</p><p>Durée : 12 mois</p></body></html>';
    const posting = postingFromPage(pageFromHtml(html, 'https://jobs.example.org/asap'));
    expect(posting.deadline).toMatchObject({ date: null, raw: 'dès que possible', unparsed: true });
    expect(posting.warnings).toContainEqual({ code: 'warningDeadlineUnparsed', params: { raw: 'dès que possible' } });
  });

  it('markup in a title or organisation is kept as text, never as elements', () => {
    const html = `<html><head><title>x</title><script type="application/ld+json">{"@type":"JobPosting","title":"<img src=x onerror=alert(1)>Expert","hiringOrganization":{"name":"<script>alert(2)<\\/script>NGO"},"validThrough":"2030-01-15"}</script></head><body><p>Closing date: 15 January 2030</p></body></html>`;
    const posting = postingFromPage(pageFromHtml(html, 'https://jobs.example.org/xss'));
    expect(posting.title).toBe('<img src=x onerror=alert(1)>Expert');
    expect(posting.organization).toBe('<script>alert(2)</script>NGO');
  });

  it('a page with no posting says so and invents nothing', () => {
    const posting = postingFromPage(pageFromHtml('<html><head><title>Nos bureaux</title></head><body><h1>Nos bureaux</h1><p>Dakar, Abidjan, Paris.</p></body></html>', 'https://ngo.example.org/offices'));
    expect(notAPostingReason(posting)).toEqual({ code: 'notPostingNoFieldsTitled', params: { title: 'Nos bureaux' } });
    expect(posting.deadline.date).toBeNull();
    expect(posting.contract.type).toBeNull();
    expect(posting.experienceYears).toBeNull();
  });
});

describe('storage failures', () => {
  let db: VacancyDatabase;
  beforeEach(async () => {
    db = openDatabase(`hostile-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('a full disk gives a clear message and writes nothing half-way', async () => {
    const quotaExceeded = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    // The description write fails after the posting's own write succeeded: the transaction must undo both.
    db.descriptions.hook('creating', quotaExceeded);
    db.descriptions.hook('updating', quotaExceeded);
    expect(await failureWords(() => savePosting(db, makePosting()))).toMatch(/storage for this extension is full: nothing was saved/);
    expect(await db.postings.count()).toBe(0);
    expect(await db.descriptions.count()).toBe(0);
  });

  const fillTheDisk = (table: { hook(event: 'creating' | 'updating', listener: () => never): unknown }) => {
    const quotaExceeded = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    table.hook('creating', quotaExceeded);
    table.hook('updating', quotaExceeded);
  };

  it('a full disk during undo gives the clear message and brings back nothing half-way', async () => {
    const saved = await savePosting(db, makePosting());
    const deleted = await deletePostings(db, [saved.id]);
    fillTheDisk(db.descriptions);
    expect(await failureWords(() => restorePostings(db, deleted))).toMatch(/storage for this extension is full: nothing was saved/);
    expect(await db.postings.count()).toBe(0);
  });

  it('a full disk while saving a tag rule or importing a CSV file gives the clear message', async () => {
    fillTheDisk(db.rules);
    expect(await failureWords(() => saveRule(db, ruleFrom('SEACOP', 'seaport cooperation')))).toMatch(/storage for this extension is full/);
    fillTheDisk(db.postings);
    const table = parseCsv('url,title,deadline\nhttps://jobs.example.org/1,Port security expert,2030-01-15\n');
    const { rows } = mapRows(table, guessMapping(table.headers));
    expect(await failureWords(() => importCsvRows(db, rows, 'UTC'))).toMatch(/storage for this extension is full/);
    expect(await db.postings.count()).toBe(0);
  });
});
