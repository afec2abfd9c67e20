// PouchDB's modules ship no types (see lib/sync/pouch.ts for why DefinitelyTyped's are not used).
declare module 'pouchdb-core' {
  const PouchDB: import('./pouch').PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
