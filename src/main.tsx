import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from './db/database';
import { App } from './app/app';
import './app/styles.css';

void openDatabase();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
