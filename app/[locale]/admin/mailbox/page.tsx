import { getFormatter, getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { latestMailboxMessages, mailboxIsOpenToVisitor } from '@/lib/email/mailbox';
import { Forbidden } from '../../../_components/workspace/forbidden';

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links (sign-in links must be followable). */
function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(urlPattern).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-red-800 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export default async function MailboxPage() {
  if (!(await mailboxIsOpenToVisitor())) {
    const { user, forbidden } = await pageAccess('ADMIN');
    if (forbidden) return <Forbidden role={user.role} />;
  }
  const [t, format, messages] = await Promise.all([getTranslations('workspace.mailbox'), getFormatter(), latestMailboxMessages()]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      {messages.length === 0 ? <p className="mt-6">{t('empty')}</p> : null}
      <ol className="mt-6 space-y-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded border border-stone-200 bg-white p-4" data-testid="mailbox-message">
            <p className="text-sm text-stone-600">
              {t('to')}: <span data-testid="mailbox-to">{message.to}</span> · {t('sentAt')}:{' '}
              {format.dateTime(message.createdAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC
            </p>
            <h2 className="font-semibold">{message.subject}</h2>
            <p className="mt-2 whitespace-pre-line text-sm">
              <TextWithLinks text={message.text} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
