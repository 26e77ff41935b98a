import 'broadsheet/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Broadsheet in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ maxWidth: '42rem', margin: '0 auto', padding: '1rem' }}>
        <nav aria-label="Examples">
          <a href="/">Home</a> · <a href="/seed">Copied text</a> · <a href="/tweet">Tweet</a> ·{' '}
          <a href="/cms">CMS article</a>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
