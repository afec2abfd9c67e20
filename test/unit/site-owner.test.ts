import { describe, expect, it } from 'vitest';
import { nameOfSiteOwner } from '../../lib/extract/site-owner';

describe('the body whose own site the page is on', () => {
  it('finds the name the address is made of, with the kind of body it begins with', () => {
    const lines = ['Convocatoria', 'La Asociación de Maestras por la Paz abre una consultoría.'];
    expect(nameOfSiteOwner('https://www.maestrasporlapaz.org/convocatoria', lines)).toBe('Asociación de Maestras por la Paz');
    expect(nameOfSiteOwner('https://rural-water-trust.org.ke/jobs/3', ['Job at Rural Water Trust'])).toBe('Rural Water Trust');
  });

  it('finds an acronym the address starts with, under a country’s second-level domain', () => {
    expect(nameOfSiteOwner('https://www.adwest.or.ke/tor', ['The ADW is calling for bidders.'])).toBe('ADW');
    // The acronym whole, without the capitalised words before it.
    expect(nameOfSiteOwner('https://www.israx.sn/offre', ['Centre de Recherches Agricoles ISRAX'])).toBe('ISRAX');
  });

  it('gives nothing where the text does not name the site, or names only part of a word', () => {
    expect(nameOfSiteOwner('https://jobs-board.example.net/post/1', ['Water Engineer', 'Oxfam is recruiting.'])).toBeNull();
    expect(nameOfSiteOwner('https://www.adwest.or.ke/tor', ['AD hoc meetings', 'An officer for the West'])).toBeNull();
    expect(nameOfSiteOwner('not an address', ['Anything'])).toBeNull();
  });

  it('does not run a name on across "and" into another body', () => {
    expect(nameOfSiteOwner('https://www.fieldinstitute.nl/x', ['Peace Netherlands and Field Institute organise a fellowship.'])).toBe('Field Institute');
  });
});
