// Registers the service worker (vite-plugin-pwa, prompt mode). Loaded with a dynamic import
// after the app has started, so workbox-window never weighs on the first bundle.
//
// When a new version is installed and waiting, the user is offered "Reload to update". Taking
// it in one tab activates the new worker for every tab of the app; only the tab that asked
// reloads. The others keep running (a reload there could cut an edit short) and keep the offer,
// now a plain reload; if the new version changed the database schema, those tabs are told to
// reload by the database itself (src/db/database.ts).
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate, setUpdateChecker } from '../ui/update-store';

export function registerServiceWorker(): void {
  let requested = false;
  const update = registerSW({
    onRegisteredSW(_url, registration) {
      if (registration) setUpdateChecker(() => void registration.update().catch(() => undefined));
    },
    onNeedRefresh() {
      offerUpdate(() => {
        requested = true;
        void update(true);
      });
    },
    onNeedReload() {
      if (requested) window.location.reload();
      else offerUpdate(() => window.location.reload());
    },
  });
}
