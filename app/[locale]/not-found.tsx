import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('common.notFound');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/cases" className="text-red-800 underline">
          {t('browseCases')}
        </Link>{' '}
        {t('or')}{' '}
        <Link href="/" className="text-red-800 underline">
          {t('home')}
        </Link>
        .
      </p>
    </div>
  );
}
