/** Where sync keeps its configuration and status in local extension storage: shared by the background and Settings. */
export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_STATUS_KEY = 'syncStatus';
