import './globals.css';

/** The document itself (<html lang>) is rendered per language in app/[locale]/layout.tsx. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
