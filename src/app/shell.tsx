// The frame around every view: skip link, header with the main navigation, and the `main`
// landmark. After an in-app navigation, focus moves to the new view's heading so screen reader
// and keyboard users land on what changed; a lazily loaded view shows its heading only once
// its code has arrived, so the shell waits for it.
import { useEffect, useRef, type ReactNode } from 'react';
import { holdFocus } from '../ui/focus';
import { Link } from '../ui/router';
import { Toaster } from '../ui/toaster';
import { useFollowsAnyone } from '../db/use-follows-anyone';
import { CLIENTS_NAV_ITEM, NAV_ITEMS, isCurrent } from './routes';

export function Shell({ path, children }: { path: string; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  const follows = useFollowsAnyone();
  // Clients sits before Settings once this device follows anyone.
  const items = follows
    ? [...NAV_ITEMS.slice(0, -1), CLIENTS_NAV_ITEM, ...NAV_ITEMS.slice(-1)]
    : NAV_ITEMS;
  useEffect(() => {
    const main = mainRef.current;
    if (path === firstPath.current || !main) return undefined;
    firstPath.current = '';
    return focusHeadingWhenShown(main);
  }, [path]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        {/* The name, not a second link home: "Today" in the navigation is that link, and a
            link named "Goals First" would also answer to "Goals". */}
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Goals First
        </p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(item.href, path) ? 'page' : undefined}
                  onPointerEnter={item.preload}
                  onFocus={item.preload}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <Toaster />
    </div>
  );
}

/** Unless the person has moved focus elsewhere while the view was loading. */
function focusHeadingWhenShown(main: HTMLElement): () => void {
  const hold = holdFocus();
  const focus = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    heading.tabIndex = -1;
    hold.moveTo(heading);
    return true;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  const timeout = setTimeout(() => observer.disconnect(), 10_000);
  return () => {
    observer.disconnect();
    clearTimeout(timeout);
  };
}
