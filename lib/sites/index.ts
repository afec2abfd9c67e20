import type { CollectedPage } from '../schema';
import type { SiteAdapter } from './adapter';
import { civipol } from './civipol';
import { coordinationSud } from './coordination-sud';
import { devex } from './devex';
import { expertiseFrance } from './expertise-france';
import { franceVolontaires } from './france-volontaires';
import { impactpool } from './impactpool';
import { iom } from './iom';
import { reliefweb } from './reliefweb';
import { undp } from './undp';
import { unicef } from './unicef';
import { unhcr } from './unhcr';
import { unCareers } from './un-careers';
import { unjobs } from './unjobs';
import { wfp } from './wfp';
import { wpJobManager } from './wp-job-manager';

export type { SiteAdapter } from './adapter';

export const SITE_ADAPTERS: SiteAdapter[] = [
  expertiseFrance,
  civipol,
  franceVolontaires,
  unCareers,
  iom,
  unicef,
  unhcr,
  wfp,
  impactpool,
  devex,
  reliefweb,
  unjobs,
  coordinationSud,
  undp,
  wpJobManager,
];

/** The adapter for a page: by URL first, then (for documents and reposting boards) by wording. */
export function adapterFor(page: Pick<CollectedPage, 'url' | 'text'>): SiteAdapter | null {
  return (
    SITE_ADAPTERS.find((adapter) => adapter.urls?.some((pattern) => pattern.test(page.url))) ??
    SITE_ADAPTERS.find((adapter) => adapter.recognises?.(page.text)) ??
    null
  );
}
