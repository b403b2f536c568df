import { receiveResendWebhook } from '@/lib/suppressions/resend-webhook';

export const dynamic = 'force-dynamic';

export const POST = receiveResendWebhook;
