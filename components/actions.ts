/**
 * Writes from the pages: the repository, then a word to the background so that reminders and the
 * toolbar count follow. Lists update by themselves (live queries).
 */
import { db } from '../lib/db';
import { send } from '../lib/messages';
import * as repository from '../lib/repository';
import type { PendingWrite } from '../lib/field-state';
import { postingField } from '../lib/posting-fields';
import type { Contact, Status, Tag } from '../lib/schema';

async function changed<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  // The background may be restarting; the next hourly refresh catches up if this word is lost.
  send('refresh', {}).catch(() => undefined);
  return result;
}

export const actions = {
  setStatus: (id: string, status: Status) => send('setStatus', { id, status }),
  setStatuses: (ids: string[], status: Status) => changed(Promise.all(ids.map((id) => repository.setStatus(db, id, status)))),
  /** One field, written only if it still holds what the user saw (lib/posting-fields.ts names). */
  writeField: (id: string, name: string, change: PendingWrite) => changed(repository.writeField(db, id, postingField(name), change.seen, change.typed)),
  addContact: (id: string) => repository.addContact(db, id),
  removeContact: (id: string, index: number, seen: Contact) => repository.removeContact(db, id, index, seen),
  toggleCriterion: (id: string, key: string) => repository.toggleCriterion(db, id, key),
  addTag: (ids: string[], tag: Tag) => changed(Promise.all(ids.map((id) => repository.addUserTag(db, id, tag)))),
  removeTag: (id: string, tagId: string) => changed(repository.removeTag(db, id, tagId)),
  delete: (ids: string[]) => changed(repository.deletePostings(db, ids)),
  restore: (deleted: repository.DeletedPosting[]) => changed(repository.restorePostings(db, deleted)),
};

export { userTag } from '../lib/user-tags';
