import { collectPage } from '../lib/collect';

// Injected on demand (scripting.executeScript) into the page the user clips: an unlisted script,
// so that no host permission is declared for it. It gathers; it understands nothing.
export default defineUnlistedScript(() => collectPage(document, location.href));
