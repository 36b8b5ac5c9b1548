import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from './db/database';
import { afterLoad } from './ui/after-load';
import { captureDeviceLinks } from './app/device-link-capture';
import { App } from './app/app';
import './app/styles.css';

// First of all: a join token in the address bar leaves it before anything else runs.
captureDeviceLinks();
void openDatabase();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
// The service worker only exists in the production build; its code loads once the page has.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  afterLoad(() => {
    void import('./app/register-service-worker').then((m) => m.registerServiceWorker());
  });
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
