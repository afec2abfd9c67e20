import { describe, expect, it } from 'vitest';
import { errorPageReason } from '../../lib/extract/error-page';
import { pageFromHtml } from '../../lib/html';
import { postingFromPage } from '../../lib/pipeline';
import { makePosting } from '../support/postings';
import { notAPostingReason } from '../../lib/understand';

const BODY = 'The page you are looking for may have moved. Latest vacancies: Water engineer, deadline 15/01/2031; Customs expert, deadline 20/01/2031. '.repeat(2);

describe('error pages and empty pages', () => {
  it.each([
    '404 - Page not found',
    'Page Not Found | ReliefWeb',
    'Oops! That page can’t be found.',
    'Error 404',
    'Erreur 404 : page introuvable',
    'Cette page n’existe pas',
    'Página no encontrada',
    '403 Forbidden',
    'Access denied',
    'HTTP 503 Service Unavailable',
    '500 Internal Server Error',
    'Not Found',
  ])('“%s” is an error page, whatever the page lists', (title) => {
    expect(errorPageReason({ title, text: BODY })).toEqual({ kind: 'error', reason: { code: 'notPostingErrorPage', params: { heading: title } }, heading: title });
  });

  it.each([
    'Water engineer (P3) – Dakar',
    'Recrutement de 400 enquêteurs – recensement 2031',
    'Expert in customs: 500 days over 3 years',
    'Job found? Apply before 15 January',
    'Consultant(e) – appui au service des douanes',
    'Project manager, error and omissions insurance',
  ])('“%s” is not', (title) => {
    expect(errorPageReason({ title, text: BODY })).toBeNull();
  });

  it('an empty page, or one of a few words, is not a posting', () => {
    expect(errorPageReason({ title: null, text: '' })).toEqual({ kind: 'empty', reason: { code: 'notPostingEmpty', params: {} } });
    expect(errorPageReason({ title: 'Home', text: 'Menu Login Search' })).toEqual({ kind: 'empty', reason: { code: 'notPostingAlmostEmpty', params: {} } });
  });

  it('a near-empty page with a date is not a posting either', () => {
    const posting = makePosting({ title: 'Vacancies', description: 'Closing date: 15/01/2031' });
    expect(notAPostingReason(posting)).toEqual({ code: 'notPostingAlmostEmpty', params: {} });
  });

  it('a page whose own title says error is not a posting, whatever title the reading found on it', () => {
    const page = pageFromHtml(
      '<html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Sorry, this vacancy has moved.</p><table><tr><th>Position</th><td>Water engineer, Dakar</td></tr><tr><th>Closing date</th><td>15/01/2031 16:00 GMT</td></tr><tr><th>Type of contract</th><td>Consultancy</td></tr><tr><th>Duration</th><td>60 working days</td></tr></table></body></html>',
      'https://jobs.example.org/gone',
    );
    const posting = postingFromPage(page);
    expect(notAPostingReason(posting)).toEqual({ code: 'notPostingErrorPage', params: { heading: 'Page not found' } });
  });

  it('an error page that lists other postings’ deadlines is still reported as not a posting', () => {
    const posting = makePosting({ title: 'Page not found', description: BODY });
    expect(posting.deadline.date).not.toBeNull();
    expect(notAPostingReason(posting)).toEqual({ code: 'notPostingErrorPage', params: { heading: 'Page not found' } });
  });
});
