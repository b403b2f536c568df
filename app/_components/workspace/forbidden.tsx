import { useTranslations } from 'next-intl';
import type { Role } from '@/lib/auth/roles';

export function Forbidden({ role }: { role: Role }) {
  const t = useTranslations('workspace');
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
      <h1 className="text-xl font-bold">{t('forbidden.title')}</h1>
      <p className="mt-2">{t('forbidden.body', { role: t(`roles.${role}`) })}</p>
    </div>
  );
}
