import { ConfigProvider } from 'antd';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';

const reduceMotion = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(reduceMotion);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the person asked their system for less motion; follows the setting while the page is open. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(reduceMotion).matches);
}

/**
 * Honours the system's "reduce motion" setting: antd's zooming dialogs, sliding drawers and fading
 * menus then appear and disappear at once. The browser tests ask for it too, so that no click lands on a
 * dialog's button while it is still zooming in (and, moved under the pointer, misses it).
 */
export function MotionPreference({ children }: { children: ReactNode }) {
  const reduced = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { motion: !reduced } }), [reduced]);
  return <ConfigProvider theme={theme}>{children}</ConfigProvider>;
}
