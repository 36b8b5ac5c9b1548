// Client-side routing in a few lines on the History API (a router library would cost more
// bytes than the five routes need). Paths are real URLs, so deep links survive a reload.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

type LinkProps = AnchorHTMLAttributes & { href: string };

/** An ordinary link that navigates in place; modified clicks (new tab, …) stay the browser's. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target) return;
    event.preventDefault();
    if (href !== window.location.pathname) navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
