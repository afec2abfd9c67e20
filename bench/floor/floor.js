// The popup's floor: an extension page with no framework that does one IndexedDB read (the 50 nearest
// deadlines, as the popup lists them), shows them and a search box, and sets the popup's marks.
const request = indexedDB.open('vacancy-clipper');
request.onsuccess = () => {
  const read = request.result.transaction('postings').objectStore('postings').index('deadlineAt').getAll(IDBKeyRange.lowerBound(new Date().toISOString()), 50);
  read.onsuccess = () => {
    const list = document.querySelector('ul');
    for (const record of read.result) {
      const item = document.createElement('li');
      item.textContent = record.extracted.title;
      list.append(item);
    }
    performance.mark('vacancy-clipper:popup-interactive');
    performance.mark('vacancy-clipper:first-list-render');
  };
};
