import type { formats } from './lib/i18n/messages';
import type { Locale } from './lib/i18n/routing';
import type common from './messages/en/common.json';
import type dates from './messages/en/dates.json';
import type status from './messages/en/status.json';
import type home from './messages/en/home.json';
import type cases from './messages/en/cases.json';
import type sources from './messages/en/sources.json';
import type demands from './messages/en/demands.json';
import type events from './messages/en/events.json';
import type search from './messages/en/search.json';
import type workspace from './messages/en/workspace.json';
import type validation from './messages/en/validation.json';
import type people from './messages/en/people.json';
import type editing from './messages/en/editing.json';
import type importing from './messages/en/import.json';
import type records from './messages/en/records.json';
import type emails from './messages/en/emails.json';
import type alerts from './messages/en/alerts.json';
import type subscriptions from './messages/en/subscriptions.json';
import type about from './messages/en/about.json';
import type errors from './messages/en/errors.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Formats: typeof formats;
    Messages: {
      common: typeof common;
      dates: typeof dates;
      status: typeof status;
      home: typeof home;
      cases: typeof cases;
      sources: typeof sources;
      demands: typeof demands;
      events: typeof events;
      search: typeof search;
      workspace: typeof workspace;
      validation: typeof validation;
      people: typeof people;
      editing: typeof editing;
      import: typeof importing;
      records: typeof records;
      emails: typeof emails;
      alerts: typeof alerts;
      subscriptions: typeof subscriptions;
      about: typeof about;
      errors: typeof errors;
    };
  }
}
